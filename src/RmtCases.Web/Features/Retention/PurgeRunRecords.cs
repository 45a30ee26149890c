using System.Text.Json;
using Npgsql;
using RmtCases.Domain.Retention;
using RmtCases.Web.Features.Audit;

namespace RmtCases.Web.Features.Retention;

/// <summary>The SQL of a run's record in purge_runs: its start, each batch's evidence, and its close.</summary>
public static class PurgeRunRecords
{
    public static async Task StartAsync(NpgsqlConnection connection, PurgeStart start, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sql = start.Approved
            ? "UPDATE purge_runs SET status = @running, started_at = @started, settings = @settings::jsonb WHERE id = @id AND status = @approved"
            : """
              INSERT INTO purge_runs (id, kind, status, automatic, prepared_by_user_id, prepared_at, started_at, settings)
              VALUES (@id, @kind, @running, @automatic, @by, @started, @started, @settings::jsonb)
              """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", start.RunId);
        command.Parameters.AddWithValue("kind", (int)start.Kind);
        command.Parameters.AddWithValue("running", (int)PurgeStatus.Running);
        command.Parameters.AddWithValue("approved", (int)PurgeStatus.Approved);
        command.Parameters.AddWithValue("automatic", start.Automatic);
        command.Parameters.AddWithValue("by", (object?)start.StartedByUserId ?? DBNull.Value);
        command.Parameters.AddWithValue("started", now);
        command.Parameters.AddWithValue("settings", start.Settings);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException("The purge run is not approved, or it ran already.");
        }
    }

    public static async Task<bool> CompletedAutomaticallySinceAsync(NpgsqlConnection connection, PurgeKind kind, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM purge_runs WHERE automatic AND kind = @kind AND status = @completed AND started_at >= @since)", connection);
        command.Parameters.AddWithValue("kind", (int)kind);
        command.Parameters.AddWithValue("completed", (int)PurgeStatus.Completed);
        command.Parameters.AddWithValue("since", since);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>In the batch's own transaction: the evidence commits with the erasure it describes.</summary>
    public static async Task RecordAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid runId, PurgeTally tally, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            UPDATE purge_runs SET counts = @counts::jsonb, recipients = @recipients::jsonb, batches = @batches, last_batch_at = @now WHERE id = @id
            """, connection, transaction);
        command.Parameters.AddWithValue("id", runId);
        command.Parameters.AddWithValue("counts", JsonSerializer.Serialize(tally.Rows));
        command.Parameters.AddWithValue("recipients", JsonSerializer.Serialize(tally.Recipients));
        command.Parameters.AddWithValue("batches", tally.Batches);
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Status, certificate (RMT runs) and audit row in one transaction; null when the run was closed already.</summary>
    public static async Task<Guid?> CloseAsync(
        NpgsqlConnection connection, Guid runId, PurgeStatus status, bool interruptionFound, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        ClosedRun? run = null;
        // A dead run's end is not known: the last committed batch is the last thing it is known to have done.
        await using (var command = new NpgsqlCommand("""
            UPDATE purge_runs SET status = @status, finished_at = CASE WHEN @found THEN coalesce(last_batch_at, started_at) ELSE @now END
            WHERE id = @id AND status = @running
            RETURNING kind, automatic, coalesce(approved_by_user_id, prepared_by_user_id), started_at, finished_at, settings::text,
                      coalesce(counts::text, '{}'), coalesce(recipients::text, '{}'), batches
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("id", runId);
            command.Parameters.AddWithValue("status", (int)status);
            command.Parameters.AddWithValue("running", (int)PurgeStatus.Running);
            command.Parameters.AddWithValue("found", interruptionFound);
            command.Parameters.AddWithValue("now", now);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                var tally = new PurgeTally(
                    JsonSerializer.Deserialize<Dictionary<string, long>>(reader.GetString(6))!,
                    JsonSerializer.Deserialize<Dictionary<Guid, long>>(reader.GetString(7))!,
                    reader.GetInt32(8));
                run = new ClosedRun(runId, (PurgeKind)reader.GetInt32(0), status, reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetGuid(2),
                    reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5), tally,
                    interruptionFound ? now : null);
            }
        }

        if (run is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        Guid? certificate = run.Kind == PurgeKind.Rmt ? await DestructionCertificates.IssueAsync(connection, transaction, run, now, cancellationToken) : null;

        // The audit trail holds ids only, so it survives the purge; it gains one event per run.
        await using (var audit = new NpgsqlCommand("""
            INSERT INTO audit_events (user_id, role, action, subject_id, fields, outcome)
            VALUES (@user, @role, @action, @run, @fields, @outcome)
            """, connection, transaction))
        {
            var table = PurgeRunBook.MainTable(run.Kind);
            audit.Parameters.AddWithValue("user", (object?)run.StartedByUserId ?? DBNull.Value);
            audit.Parameters.AddWithValue("role", run.Automatic ? "System" : "Administrator");
            audit.Parameters.AddWithValue("action", AuditActions.Purge);
            audit.Parameters.AddWithValue("run", run.Id);
            audit.Parameters.AddWithValue("fields", $"{table}={run.Tally.Rows.GetValueOrDefault(table)}");
            audit.Parameters.AddWithValue("outcome", status == PurgeStatus.Completed ? AuditOutcomes.Success : AuditOutcomes.Failed);
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return certificate;
    }
}
