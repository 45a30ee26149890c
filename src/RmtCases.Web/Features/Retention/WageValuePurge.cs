using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using RmtCases.Domain.Retention;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Features.Retention;

/// <summary>
/// The municipality's own retention of wage-value assessments (Participatiewet), apart from the RMT's:
/// a series goes when its newest version was finalised (or, never finalised, created) longer ago than the
/// setting. Same lock, batches, run record and audit event as the RMT purge, which never
/// touches assessments.
/// </summary>
public sealed class WageValuePurge(IConfiguration configuration, IOptions<WageValueOptions> options, IOptions<RetentionOptions> retention, TimeProvider time)
{
    private const string DueSeries = """
        SELECT series_id FROM wage_value_assessments
        GROUP BY series_id
        HAVING max(coalesce(finalised_at, created_at)) + make_interval(years => @years) <= @now
        """;

    public async Task<long> CountDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT count(*) FROM wage_value_assessments WHERE series_id IN ({DueSeries})");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<PurgeOutcome> ExecuteAsync(Guid? startedByUserId, bool automatic, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
        {
            tryLock.Parameters.AddWithValue("key", PurgeEngine.LockKey);
            if (!(bool)(await tryLock.ExecuteScalarAsync(cancellationToken))!)
            {
                return new PurgeOutcome(Guid.Empty, AlreadyRunning: true, new Dictionary<string, long>(), null);
            }
        }

        var runId = Domain.Ids.New();
        var totals = new Dictionary<string, long> { ["wage_value_assessments"] = 0, ["wage_value_tasks"] = 0, ["export_records"] = 0 };
        var settings = JsonSerializer.Serialize(new { options.Value.RetentionYearsAfterFinalisation, retention.Value.BatchSize, Today = time.GetUtcNow() });
        try
        {
            await using (var insert = new NpgsqlCommand("""
                INSERT INTO purge_runs (id, kind, status, automatic, prepared_by_user_id, prepared_at, started_at, settings)
                VALUES (@id, 2, 3, @automatic, @by, @now, @now, @settings::jsonb)
                """, connection))
            {
                insert.Parameters.AddWithValue("id", runId);
                insert.Parameters.AddWithValue("automatic", automatic);
                insert.Parameters.AddWithValue("by", (object?)startedByUserId ?? DBNull.Value);
                insert.Parameters.AddWithValue("now", time.GetUtcNow());
                insert.Parameters.AddWithValue("settings", settings);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            while (await EraseBatchAsync(connection, totals, cancellationToken) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            await using (var finish = new NpgsqlCommand("""
                UPDATE purge_runs SET status = 4, finished_at = @now, counts = @counts::jsonb WHERE id = @id;
                INSERT INTO audit_events (user_id, role, action, subject_id, fields, outcome)
                VALUES (@by, @role, @action, @id, @fields, 'success');
                """, connection))
            {
                finish.Parameters.AddWithValue("id", runId);
                finish.Parameters.AddWithValue("now", time.GetUtcNow());
                finish.Parameters.AddWithValue("counts", JsonSerializer.Serialize(totals));
                finish.Parameters.AddWithValue("by", (object?)startedByUserId ?? DBNull.Value);
                finish.Parameters.AddWithValue("role", automatic ? "System" : "Administrator");
                finish.Parameters.AddWithValue("action", AuditActions.Purge);
                finish.Parameters.AddWithValue("fields", $"wage_value_assessments={totals["wage_value_assessments"]}");
                await finish.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            unlock.Parameters.AddWithValue("key", PurgeEngine.LockKey);
            await unlock.ExecuteScalarAsync(CancellationToken.None);
        }

        return new PurgeOutcome(runId, AlreadyRunning: false, totals, null);
    }

    private async Task<long> EraseBatchAsync(NpgsqlConnection connection, Dictionary<string, long> totals, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var statements = new (string Key, string Sql)[]
        {
            ("batch", $"CREATE TEMP TABLE wage_value_batch ON COMMIT DROP AS SELECT id FROM wage_value_assessments WHERE series_id IN (SELECT series_id FROM ({DueSeries}) due LIMIT {Math.Max(1, retention.Value.BatchSize)})"),
            ("size", "SELECT count(*) FROM wage_value_batch"),
            ("pending", "DELETE FROM pending_downloads WHERE export_record_id IN (SELECT id FROM export_records WHERE wage_value_assessment_id IN (SELECT id FROM wage_value_batch))"),
            ("export_records", "WITH u AS (UPDATE export_records SET wage_value_assessment_id = NULL, participant_id = NULL WHERE wage_value_assessment_id IN (SELECT id FROM wage_value_batch) RETURNING 1) SELECT count(*) FROM u"),
            ("wage_value_tasks", "WITH d AS (DELETE FROM wage_value_tasks WHERE assessment_id IN (SELECT id FROM wage_value_batch) RETURNING 1) SELECT count(*) FROM d"),
            ("wage_value_assessments", "WITH d AS (DELETE FROM wage_value_assessments WHERE id IN (SELECT id FROM wage_value_batch) RETURNING 1) SELECT count(*) FROM d"),
        };
        var counts = new Dictionary<string, long>();
        foreach (var (key, sql) in statements)
        {
            await using var command = Command(connection, transaction, sql);
            var result = await command.ExecuteScalarAsync(cancellationToken);
            if (result is long count)
            {
                counts[key] = count;
            }

            if (key == "size" && counts[key] == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return 0;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var key in totals.Keys.ToList())
        {
            totals[key] += counts.GetValueOrDefault(key);
        }

        return counts["size"];
    }

    private NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("years", options.Value.RetentionYearsAfterFinalisation);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        return command;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(configuration.GetConnectionString("Rmt")
            ?? throw new InvalidOperationException("ConnectionStrings:Rmt is not configured."));
        await connection.OpenAsync(cancellationToken);
        await using var scope = new NpgsqlCommand("SELECT set_config('rmt.all_regions', 'on', false)", connection);
        await scope.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
