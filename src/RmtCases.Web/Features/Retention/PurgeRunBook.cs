using Microsoft.Extensions.Options;
using Npgsql;
using RmtCases.Domain.Retention;

namespace RmtCases.Web.Features.Retention;

/// <summary>
/// The bookkeeping both purges share: one purge at a time across all instances (a PostgreSQL advisory lock),
/// the run record with each batch's evidence written in that batch's own transaction, the close of a run
/// (status, certificate and audit row in one transaction), and runs whose process died: the lock is a
/// session lock, so PostgreSQL drops it with the dead process's connection, and whoever takes it next finds
/// a run still marked running that nobody runs.
/// </summary>
public sealed class PurgeRunBook(IConfiguration configuration, IOptions<RetentionOptions> options, TimeProvider time, ILogger logger, Telemetry.RmtMetrics? metrics = null)
{
    // Any constant will do, as long as every instance uses the same one.
    internal const long LockKey = 0x524D545055524745; // "RMTPURGE"

    public static string MainTable(PurgeKind kind) => kind == PurgeKind.WageValue ? "wage_value_assessments" : PurgeEngine.ParticipantsTable;

    /// <summary>Runs <paramref name="work"/> batch by batch; AlreadyRunning, touching nothing, when another purge holds the lock.</summary>
    public async Task<PurgeOutcome> RunAsync(IPurgeBatches work, PurgeStart start, IProgress<PurgeProgress>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (!await TryLockAsync(connection, cancellationToken))
        {
            return new PurgeOutcome(start.RunId, AlreadyRunning: true, new Dictionary<string, long>(), null);
        }

        try
        {
            await CloseDeadRunsAsync(connection, cancellationToken);
            if (start.OnceSince is { } since && await PurgeRunRecords.CompletedAutomaticallySinceAsync(connection, start.Kind, since, cancellationToken))
            {
                return new PurgeOutcome(start.RunId, AlreadyRunning: false, new Dictionary<string, long>(), null, AlreadyDone: true);
            }

            await PurgeRunRecords.StartAsync(connection, start, time.GetUtcNow(), cancellationToken);
            metrics?.PurgeStarted(work.Kind);
            var tally = await EraseAsync(connection, work, start.RunId, progress, cancellationToken);
            var certificate = await PurgeRunRecords.CloseAsync(connection, start.RunId, PurgeStatus.Completed, interruptionFound: false, time.GetUtcNow(), cancellationToken);
            metrics?.PurgeEnded(work.Kind, PurgeStatus.Completed);
            logger.LogInformation("Purge {RunId} completed: {Rows} rows of {Table} in {Batches} batches",
                start.RunId, tally.Rows.GetValueOrDefault(MainTable(work.Kind)), MainTable(work.Kind), tally.Batches);
            return new PurgeOutcome(start.RunId, AlreadyRunning: false, tally.Rows, certificate);
        }
        finally
        {
            await UnlockAsync(connection);
        }
    }

    /// <summary>Closes runs whose process died, if no purge is running now; for the retention page. Returns how many.</summary>
    public async Task<int> CloseDeadRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (!await TryLockAsync(connection, cancellationToken))
        {
            return 0;
        }

        try
        {
            return await CloseDeadRunsAsync(connection, cancellationToken);
        }
        finally
        {
            await UnlockAsync(connection);
        }
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(configuration.GetConnectionString("Rmt")
            ?? throw new InvalidOperationException("ConnectionStrings:Rmt is not configured."));
        await connection.OpenAsync(cancellationToken);
        // Retention spans regions: the one place besides demo seeding that lifts the region scope.
        // No JIT: compiling the settlement query took longer than running it, once per batch.
        await using var scope = new NpgsqlCommand("SELECT set_config('rmt.all_regions', 'on', false), set_config('jit', 'off', false)", connection);
        await scope.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task<PurgeTally> EraseAsync(
        NpgsqlConnection connection, IPurgeBatches work, Guid runId, IProgress<PurgeProgress>? progress, CancellationToken cancellationToken)
    {
        var tally = PurgeTally.Empty(work.Tables);
        try
        {
            await work.BeginAsync(connection, cancellationToken);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var batch = await work.EraseNextAsync(connection, transaction, runId, cancellationToken);
                if (batch is null)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return tally;
                }

                // The evidence commits with the erasure it describes: a batch is either erased and recorded, or neither.
                var next = tally.Plus(batch);
                await PurgeRunRecords.RecordAsync(connection, transaction, runId, next, time.GetUtcNow(), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                metrics?.PurgeBatchCommitted(work.Kind, next.Rows.GetValueOrDefault(MainTable(work.Kind)) - tally.Rows.GetValueOrDefault(MainTable(work.Kind)));
                tally = next;
                progress?.Report(new PurgeProgress(tally.Batches, tally.Rows.GetValueOrDefault(MainTable(work.Kind))));
                if (options.Value.PauseBetweenBatches > TimeSpan.Zero)
                {
                    await Task.Delay(options.Value.PauseBetweenBatches, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or NpgsqlException)
        {
            // Committed batches stay erased and recorded; a later run finishes the job.
            var status = ex is OperationCanceledException ? PurgeStatus.Interrupted : PurgeStatus.Failed;
            logger.LogWarning("Purge {RunId} stopped after {Batches} batches: {Status}", runId, tally.Batches, status);
            metrics?.PurgeEnded(work.Kind, status);
            try
            {
                await PurgeRunRecords.CloseAsync(connection, runId, status, interruptionFound: false, time.GetUtcNow(), CancellationToken.None);
            }
            catch (Exception closing) when (closing is NpgsqlException or InvalidOperationException)
            {
                logger.LogWarning(closing, "Purge {RunId} could not be closed; the next run closes it from its record", runId);
            }

            throw;
        }
        finally
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await work.EndAsync(connection);
            }
        }
    }

    private async Task<int> CloseDeadRunsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Called with the lock held: no purge is running, so a run marked running has no process behind it.
        var dead = new List<Guid>();
        await using (var command = new NpgsqlCommand("SELECT id FROM purge_runs WHERE status = @running ORDER BY started_at", connection))
        {
            command.Parameters.AddWithValue("running", (int)PurgeStatus.Running);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                dead.Add(reader.GetGuid(0));
            }
        }

        foreach (var id in dead)
        {
            logger.LogWarning("Purge {RunId} was left running by a process that died; closed as interrupted from its batches' record", id);
            await PurgeRunRecords.CloseAsync(connection, id, PurgeStatus.Interrupted, interruptionFound: true, time.GetUtcNow(), cancellationToken);
        }

        return dead.Count;
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task UnlockAsync(NpgsqlConnection connection)
    {
        // A broken connection has lost its lock with its session.
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteScalarAsync(CancellationToken.None);
    }
}
