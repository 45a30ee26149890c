using System.Globalization;

namespace RmtCases.Web.Features.Retention;

/// <summary>The command-line purge: what an operator with access to the server runs (scripts/purge).</summary>
public static class PurgeCommand
{
    public static async Task RunAsync(PurgeEngine engine, bool dryRun, TextWriter output)
    {
        var settings = engine.CurrentSettings();
        var preview = await engine.PreviewAsync(settings, CancellationToken.None);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Retention: today {settings.Today:yyyy-MM-dd}, end date {settings.EndDate:yyyy-MM-dd}, grace after withdrawal {settings.WithdrawalGraceDays} days, batch size {settings.BatchSize}"));
        output.WriteLine(dryRun ? "Dry run: rows that would be erased" : "Rows to erase");
        foreach (var (table, count) in preview.Rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-28} {count,10}"));
        }

        output.WriteLine("Settlement rows to write (region, provider, service, quarter, deliveries, amount)");
        foreach (var line in preview.Settlements)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {line.RegionId,3} {line.ProviderOrganisationId} {line.ServiceType} {line.Quarter} {line.Deliveries,6} {line.TotalAmount,14:0.00}"));
        }

        if (dryRun)
        {
            return;
        }

        var progress = new Progress<PurgeProgress>(p => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  batch {p.Batches}: {p.Participants} participants erased")));
        var outcome = await engine.ExecuteAsync(settings, runId: null, startedByUserId: null, automatic: false, progress, CancellationToken.None);
        output.WriteLine(outcome.AlreadyRunning
            ? "Another purge is already running; nothing was done."
            : string.Create(CultureInfo.InvariantCulture, $"Purge {outcome.RunId} completed: {outcome.Rows[PurgeEngine.ParticipantsTable]} participants erased; destruction certificate {outcome.CertificateId}."));
    }

    public static async Task RunWageValueAsync(WageValuePurge purge, bool dryRun, TextWriter output)
    {
        var due = await purge.CountDueAsync(CancellationToken.None);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wage value (own retention): {due} assessment versions due"));
        if (dryRun || due == 0)
        {
            return;
        }

        var outcome = await purge.ExecuteAsync(startedByUserId: null, automatic: false, CancellationToken.None);
        output.WriteLine(outcome.AlreadyRunning
            ? "Another purge is already running; nothing was done."
            : string.Create(CultureInfo.InvariantCulture, $"Wage-value purge {outcome.RunId} completed: {outcome.Rows["wage_value_assessments"]} assessment versions erased."));
    }
}
