namespace RmtCases.Domain.Figures;

/// <summary>Which count a <see cref="RouteMonthAggregate"/> row carries.</summary>
public enum RouteFigure
{
    Inflow = 1,
    Outflow = 2,

    /// <summary>Completed routes; the code is the <see cref="Participants.RouteOutcome"/>.</summary>
    Outcome = 3,

    /// <summary>Aborted routes; the code is the <see cref="Participants.RouteAbortReason"/>.</summary>
    AbortReason = 4,

    /// <summary>Completed routes by lead time from registration; the code is the number of whole days.</summary>
    LeadDays = 5,
}
