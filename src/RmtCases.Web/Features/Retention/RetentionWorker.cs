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
    IServiceScopeFactory scopes, PurgeEngine engine, WageValuePurge wageValue, RetentionGate gate, IOptions<RetentionOptions> options, TimeProvider time,
    ILogger<RetentionWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan _interval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan _catchUpRetry = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await CatchUpAsync(stoppingToken);
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

    /// <summary>
    /// Erases what is due before the gate opens, whatever the time of day: after a restore from an older backup
    /// the database holds people an earlier purge erased. Until the database answers and nothing is due, pages
    /// stay closed (the Dutch 503 page). Another instance may hold the purge lock; then this one waits for it.
    /// </summary>
    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.AutomaticPurge)
        {
            gate.Open();
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var settings = engine.CurrentSettings();
                if ((await engine.PreviewAsync(settings, stoppingToken)).Participants == 0)
                {
                    gate.Open();
                    logger.LogInformation("Retention catch-up: nothing due; pages open");
                    return;
                }

                var outcome = await engine.ExecuteAsync(settings, runId: null, startedByUserId: null, automatic: true, progress: null, stoppingToken);
                if (!outcome.AlreadyRunning)
                {
                    await wageValue.ExecuteAsync(startedByUserId: null, automatic: true, stoppingToken);
                    continue;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Retention catch-up failed; pages stay closed and it is retried");
            }

            await Task.Delay(_catchUpRetry, time, stoppingToken);
        }
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

        var today = new DateTimeOffset(now.Date, now.Offset);
        // A cheap look first, so that the instances do not queue for the lock every minute; the purge asks again
        // under the lock, which is what makes exactly one instance run it.
        var ranToday = await db.PurgeRuns.AsNoTracking()
            .AnyAsync(r => r.Automatic && r.Kind == PurgeKind.Rmt && r.Status == PurgeStatus.Completed && r.StartedAt >= today, cancellationToken);
        if (!ranToday)
        {
            // The law sets the end date, so the automatic purge needs no second administrator.
            await engine.ExecuteAsync(engine.CurrentSettings(), runId: null, startedByUserId: null, automatic: true, progress: null, cancellationToken, onceSince: today);
            await wageValue.ExecuteAsync(startedByUserId: null, automatic: true, cancellationToken, onceSince: today);
        }
    }
}
