using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RmtCases.Domain.Retention;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Retention;

/// <summary>
/// Runs approved purges and, when switched on, the daily automatic purge. Every instance runs this
/// worker; the engine's advisory lock lets only one of them purge at a time.
/// </summary>
public sealed class RetentionWorker(
    IServiceScopeFactory scopes, PurgeEngine engine, WageValuePurge wageValue, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan _interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, time);
        do
        {
            try
            {
                await RunDueWorkAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Retention work failed; it is retried in a minute");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunDueWorkAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RmtDbContext>();
        var approved = await db.PurgeRuns.AsNoTracking()
            .Where(r => r.Status == PurgeStatus.Approved)
            .Select(r => new { r.Id, r.ApprovedByUserId })
            .ToListAsync(cancellationToken);
        foreach (var run in approved)
        {
            await engine.ExecuteAsync(engine.CurrentSettings(), run.Id, run.ApprovedByUserId, automatic: false, progress: null, cancellationToken);
        }

        var settings = options.Value;
        // DailyTime is Dutch time, whatever zone the server runs in.
        var now = DutchFormat.InAmsterdam(time.GetUtcNow());
        if (!settings.AutomaticPurge || TimeOnly.FromDateTime(now.DateTime) < settings.DailyTime)
        {
            return;
        }

        var today = now.Date;
        var ranToday = await db.PurgeRuns.AsNoTracking()
            .AnyAsync(r => r.Automatic && r.Kind == PurgeKind.Rmt && r.Status == PurgeStatus.Completed && r.StartedAt >= new DateTimeOffset(today, now.Offset), cancellationToken);
        if (!ranToday)
        {
            // The law sets the end date, so the automatic purge needs no second administrator.
            await engine.ExecuteAsync(engine.CurrentSettings(), runId: null, startedByUserId: null, automatic: true, progress: null, cancellationToken);
            await wageValue.ExecuteAsync(startedByUserId: null, automatic: true, cancellationToken);
        }
    }
}
