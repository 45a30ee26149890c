using RmtCases.Domain.Retention;

namespace RmtCases.Web.Features.Retention;

/// <summary>The Dutch names of a run's status, on the retention page and the certificate alike.</summary>
public static class PurgeStatusLabels
{
    public static string Label(PurgeStatus status) => status switch
    {
        PurgeStatus.Prepared => "Wacht op goedkeuring",
        PurgeStatus.Approved => "Goedgekeurd",
        PurgeStatus.Running => "Bezig",
        PurgeStatus.Completed => "Uitgevoerd",
        PurgeStatus.Failed => "Mislukt",
        PurgeStatus.Interrupted => "Onderbroken",
        _ => status.ToString(),
    };
}
