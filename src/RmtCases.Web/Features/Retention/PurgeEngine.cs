using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using RmtCases.Domain.Retention;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Retention;

public sealed record PurgeSettings(DateOnly Today, DateOnly EndDate, int WithdrawalGraceDays, int BatchSize);

public sealed record SettlementLine(int RegionId, Guid ProviderOrganisationId, int ServiceType, string Quarter, int Deliveries, decimal TotalAmount);

/// <summary>What a purge would erase: rows per table, and the settlement rows it would write.</summary>
public sealed record PurgePreview(PurgeSettings Settings, IReadOnlyDictionary<string, long> Rows, IReadOnlyList<SettlementLine> Settlements)
{
    public long Participants => Rows.GetValueOrDefault(PurgeEngine.ParticipantsTable);
}

public sealed record PurgeProgress(int Batches, long Participants);

public sealed record PurgeOutcome(Guid RunId, bool AlreadyRunning, IReadOnlyDictionary<string, long> Rows, Guid? CertificateId);

/// <summary>
/// Erases the personal data of due participants: set-based SQL, one transaction per batch, so nobody is
/// ever half-erased; safe to interrupt and to run again; one purge at a time across all instances.
/// </summary>
public sealed class PurgeEngine(IConfiguration configuration, IOptions<RetentionOptions> options, TimeProvider time, ILogger<PurgeEngine> logger)
{
    public const string ParticipantsTable = "participants";

    // Any constant will do, as long as every instance uses the same one.
    internal const long LockKey = 0x524D545055524745; // "RMTPURGE"

    private const string DueCondition = "(@today >= @end_date OR (p.status = 2 AND p.withdrawn_on + @grace <= @today))";

    private const string DueParticipants = $"SELECT p.id, p.region_id FROM participants p WHERE {DueCondition}";

    // Category per table, for the destruction certificate.
    public static readonly IReadOnlyList<(string Table, string Category)> Tables =
    [
        ("education_entries", "b"),
        ("work_history_entries", "c"),
        ("mediation_activities", "e"),
        ("service_deliveries", "f"),
        ("banenafspraak_indications", "g"),
        ("case_involvements", "betrokkenheid"),
    ];

    public PurgeSettings CurrentSettings() => new(
        time.TodayInNetherlands(), options.Value.EndDate, options.Value.WithdrawalGraceDays, Math.Max(1, options.Value.BatchSize));

    public async Task<PurgePreview> PreviewAsync(PurgeSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = new Dictionary<string, long>
        {
            [ParticipantsTable] = await CountAsync(connection, null, $"SELECT count(*) FROM ({DueParticipants}) due", settings, cancellationToken),
            ["current_situation"] = await CountAsync(connection, null,
                $"SELECT count(*) FROM participants WHERE current_situation_status IS NOT NULL AND id IN (SELECT id FROM ({DueParticipants}) due)", settings, cancellationToken),
        };
        foreach (var (table, _) in Tables)
        {
            rows[table] = await CountAsync(connection, null,
                $"SELECT count(*) FROM {table} WHERE participant_id IN (SELECT id FROM ({DueParticipants}) due)", settings, cancellationToken);
        }

        rows["export_records"] = await CountAsync(connection, null,
            $"SELECT count(*) FROM export_records WHERE participant_id IN (SELECT id FROM ({DueParticipants}) due)", settings, cancellationToken);

        var settlements = new List<SettlementLine>();
        await using (var command = Command(connection, null, $"""
            SELECT d.region_id, s.provider_organisation_id, s.service_type,
                   to_char(s.start_date, 'YYYY') || '-K' || extract(quarter FROM s.start_date), count(*)::int, sum(s.cost)
            FROM service_deliveries s JOIN ({DueParticipants}) d ON d.id = s.participant_id
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            """, settings))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                settlements.Add(new SettlementLine(reader.GetInt32(0), reader.GetGuid(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4), reader.GetDecimal(5)));
            }
        }

        return new PurgePreview(settings, rows, settlements);
    }

    /// <summary>
    /// Runs a purge. <paramref name="runId"/> is a prepared and approved run, or null for the automatic and
    /// command-line purges. Returns AlreadyRunning without touching anything when another purge holds the lock.
    /// </summary>
    public async Task<PurgeOutcome> ExecuteAsync(
        PurgeSettings settings, Guid? runId, Guid? startedByUserId, bool automatic,
        IProgress<PurgeProgress>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
        {
            tryLock.Parameters.AddWithValue("key", LockKey);
            if (!(bool)(await tryLock.ExecuteScalarAsync(cancellationToken))!)
            {
                return new PurgeOutcome(runId ?? Guid.Empty, AlreadyRunning: true, new Dictionary<string, long>(), null);
            }
        }

        var id = runId ?? Domain.Ids.New();
        var started = time.GetUtcNow();
        var settingsJson = JsonSerializer.Serialize(settings);
        await UpsertRunAsync(connection, id, runId is null, automatic, startedByUserId, settingsJson, started, cancellationToken);

        var totals = new Dictionary<string, long> { [ParticipantsTable] = 0, ["current_situation"] = 0, ["export_records"] = 0 };
        foreach (var (table, _) in Tables)
        {
            totals[table] = 0;
        }

        var recipients = new Dictionary<Guid, long>();
        var batches = 0;
        try
        {
            // The run's due list, read once, walked by key: a batch never rereads the rows, or the dead tuples,
            // of the batches before it. Picking each batch from participants instead made every batch scan the
            // whole table (the row-level-security predicate hides the row count from the planner), so the run
            // grew with the square of the participants. People who become due during a run wait for the next.
            await ExecuteAsync(connection, null, "DROP TABLE IF EXISTS purge_due", settings, cancellationToken);
            await ExecuteAsync(connection, null, $"CREATE TEMP TABLE purge_due AS SELECT id FROM ({DueParticipants}) due", settings, cancellationToken);
            await ExecuteAsync(connection, null, "CREATE UNIQUE INDEX ON purge_due (id); ANALYZE purge_due", settings, cancellationToken);
            var after = Guid.Empty;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var last = await LastOfSliceAsync(connection, after, settings.BatchSize, cancellationToken);
                if (last is null)
                {
                    break;
                }

                await EraseBatchAsync(connection, id, settings, after, last.Value, totals, recipients, cancellationToken);
                after = last.Value;
                batches++;
                progress?.Report(new PurgeProgress(batches, totals[ParticipantsTable]));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or NpgsqlException or PostgresException)
        {
            // Completed batches stay erased and recorded; a later run finishes the job.
            var status = ex is OperationCanceledException ? PurgeStatus.Interrupted : PurgeStatus.Failed;
            logger.LogWarning("Purge {RunId} stopped after {Batches} batches: {Status}", id, batches, status);
            await FinishRunAsync(connection, id, status, totals, CancellationToken.None);
            await CertifyAsync(connection, id, settings, started, automatic, startedByUserId, totals, recipients, status, CancellationToken.None);
            throw;
        }
        finally
        {
            await using (var drop = new NpgsqlCommand("DROP TABLE IF EXISTS purge_due", connection))
            {
                await drop.ExecuteNonQueryAsync(CancellationToken.None);
            }

            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            unlock.Parameters.AddWithValue("key", LockKey);
            await unlock.ExecuteScalarAsync(CancellationToken.None);
        }

        await FinishRunAsync(connection, id, PurgeStatus.Completed, totals, cancellationToken);
        var certificate = await CertifyAsync(connection, id, settings, started, automatic, startedByUserId, totals, recipients, PurgeStatus.Completed, cancellationToken);
        var erasedParticipants = totals[ParticipantsTable];
        logger.LogInformation("Purge {RunId} completed: {Participants} participants in {Batches} batches", id, erasedParticipants, batches);
        return new PurgeOutcome(id, AlreadyRunning: false, totals, certificate);
    }

    /// <summary>The largest id of the next slice of the due list after <paramref name="after"/>; null at the end.</summary>
    private static async Task<Guid?> LastOfSliceAsync(NpgsqlConnection connection, Guid after, int batchSize, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id FROM (SELECT id FROM purge_due WHERE id > @after ORDER BY id LIMIT @size) slice ORDER BY id DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("size", batchSize);
        return await command.ExecuteScalarAsync(cancellationToken) as Guid?;
    }

    private async Task<int> EraseBatchAsync(
        NpgsqlConnection connection, Guid runId, PurgeSettings settings, Guid after, Guid last, Dictionary<string, long> totals,
        Dictionary<Guid, long> recipients, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Due is checked again inside the batch's transaction: the list is a snapshot from the start of the run.
        await ExecuteAsync(connection, transaction, $"""
            CREATE TEMP TABLE purge_batch ON COMMIT DROP AS
            SELECT p.id, p.region_id FROM participants p
            WHERE p.id IN (SELECT id FROM purge_due WHERE id > @after AND id <= @last) AND {DueCondition}
            """, settings, cancellationToken, new NpgsqlParameter("after", after), new NpgsqlParameter("last", last));
        var batchSize = await CountAsync(connection, transaction, "SELECT count(*) FROM purge_batch", settings, cancellationToken);
        if (batchSize == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return 0;
        }

        var run = new NpgsqlParameter("run", runId);
        // Settlement first, in the same transaction: the money survives exactly when the person is erased.
        await ExecuteAsync(connection, transaction, """
            INSERT INTO financial_settlements (purge_run_id, region_id, provider_organisation_id, service_type, quarter, deliveries, total_amount)
            SELECT @run, b.region_id, s.provider_organisation_id, s.service_type,
                   to_char(s.start_date, 'YYYY') || '-K' || extract(quarter FROM s.start_date), count(*), sum(s.cost)
            FROM service_deliveries s JOIN purge_batch b ON b.id = s.participant_id
            GROUP BY 2, 3, 4, 5
            """, settings, cancellationToken, run);

        // Which recipients hold exports about these people, so they can be told to delete them (GDPR art. 19).
        var batchRecipients = new List<(Guid Organisation, long Count)>();
        await using (var command = Command(connection, transaction, """
            SELECT recipient_organisation_id, count(*) FROM export_records
            WHERE participant_id IN (SELECT id FROM purge_batch) GROUP BY 1
            """, settings))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                batchRecipients.Add((reader.GetGuid(0), reader.GetInt64(1)));
            }
        }

        var batchCounts = new Dictionary<string, long>
        {
            ["current_situation"] = await CountAsync(connection, transaction,
                "SELECT count(*) FROM participants WHERE current_situation_status IS NOT NULL AND id IN (SELECT id FROM purge_batch)", settings, cancellationToken),
        };
        await ExecuteAsync(connection, transaction, """
            DELETE FROM pending_downloads WHERE export_record_id IN
                (SELECT id FROM export_records WHERE participant_id IN (SELECT id FROM purge_batch))
            """, settings, cancellationToken);
        batchCounts["export_records"] = await CountAsync(connection, transaction, """
            WITH unlinked AS (UPDATE export_records SET participant_id = NULL
                WHERE participant_id IN (SELECT id FROM purge_batch) RETURNING 1)
            SELECT count(*) FROM unlinked
            """, settings, cancellationToken);
        foreach (var (table, _) in Tables)
        {
            batchCounts[table] = await CountAsync(connection, transaction,
                $"WITH erased AS (DELETE FROM {table} WHERE participant_id IN (SELECT id FROM purge_batch) RETURNING 1) SELECT count(*) FROM erased",
                settings, cancellationToken);
        }

        await ExecuteAsync(connection, transaction, """
            INSERT INTO participant_tombstones (participant_id, erased_at, purge_run_id)
            SELECT id, now(), @run FROM purge_batch
            """, settings, cancellationToken, new NpgsqlParameter("run", runId));
        batchCounts[ParticipantsTable] = await CountAsync(connection, transaction,
            "WITH erased AS (DELETE FROM participants WHERE id IN (SELECT id FROM purge_batch) RETURNING 1) SELECT count(*) FROM erased",
            settings, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Counted only once the batch is committed: a rolled-back batch erased nothing.
        foreach (var (table, count) in batchCounts)
        {
            totals[table] += count;
        }

        foreach (var (organisation, count) in batchRecipients)
        {
            recipients[organisation] = recipients.GetValueOrDefault(organisation) + count;
        }

        return (int)batchSize;
    }

    private static async Task UpsertRunAsync(
        NpgsqlConnection connection, Guid id, bool create, bool automatic, Guid? startedBy, string settings, DateTimeOffset started,
        CancellationToken cancellationToken)
    {
        var sql = create
            ? """
              INSERT INTO purge_runs (id, kind, status, automatic, prepared_by_user_id, prepared_at, started_at, settings)
              VALUES (@id, 1, 3, @automatic, @by, @started, @started, @settings::jsonb)
              """
            : "UPDATE purge_runs SET status = 3, started_at = @started, settings = @settings::jsonb WHERE id = @id AND status = 2";
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("automatic", automatic);
        command.Parameters.AddWithValue("by", (object?)startedBy ?? DBNull.Value);
        command.Parameters.AddWithValue("started", started);
        command.Parameters.AddWithValue("settings", settings);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException("The purge run is not approved, or it ran already.");
        }
    }

    private async Task FinishRunAsync(NpgsqlConnection connection, Guid id, PurgeStatus status, Dictionary<string, long> totals, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE purge_runs SET status = @status, finished_at = @finished, counts = @counts::jsonb WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("status", (int)status);
        command.Parameters.AddWithValue("finished", time.GetUtcNow());
        command.Parameters.AddWithValue("counts", JsonSerializer.Serialize(totals));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<Guid> CertifyAsync(
        NpgsqlConnection connection, Guid runId, PurgeSettings settings, DateTimeOffset started, bool automatic, Guid? startedBy,
        Dictionary<string, long> totals, Dictionary<Guid, long> recipients, PurgeStatus status, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        if (recipients.Count > 0)
        {
            await using var lookup = new NpgsqlCommand("SELECT id, name FROM organisations WHERE id = ANY(@ids)", connection);
            lookup.Parameters.AddWithValue("ids", recipients.Keys.ToArray());
            await using var reader = await lookup.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names[reader.GetGuid(0)] = reader.GetString(1);
            }
        }

        var content = new DestructionCertificateContent(
            runId, status.ToString(), started, time.GetUtcNow(), automatic, startedBy, settings,
            new Dictionary<string, long>
            {
                ["a"] = totals[ParticipantsTable],
                ["b"] = totals["education_entries"],
                ["c"] = totals["work_history_entries"],
                ["d"] = totals["current_situation"],
                ["e"] = totals["mediation_activities"],
                ["f"] = totals["service_deliveries"],
                ["g"] = totals["banenafspraak_indications"],
            },
            totals,
            recipients.Select(r => new RecipientNotice(r.Key, names.GetValueOrDefault(r.Key, "?"), r.Value)).OrderBy(r => r.Name, StringComparer.Ordinal).ToList());
        var id = Domain.Ids.New();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO destruction_certificates (id, purge_run_id, issued_at, content) VALUES (@id, @run, @issued, @content::jsonb)", connection))
        {
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("run", runId);
            insert.Parameters.AddWithValue("issued", time.GetUtcNow());
            insert.Parameters.AddWithValue("content", JsonSerializer.Serialize(content));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        // The audit trail holds ids only, so it survives the purge; it gains one event per purge.
        await using (var audit = new NpgsqlCommand("""
            INSERT INTO audit_events (user_id, role, action, subject_id, fields, outcome)
            VALUES (@user, @role, @action, @run, @fields, @outcome)
            """, connection))
        {
            audit.Parameters.AddWithValue("user", (object?)startedBy ?? DBNull.Value);
            audit.Parameters.AddWithValue("role", automatic ? "System" : "Administrator");
            audit.Parameters.AddWithValue("action", AuditActions.Purge);
            audit.Parameters.AddWithValue("run", runId);
            audit.Parameters.AddWithValue("fields", $"participants={totals[ParticipantsTable]}");
            audit.Parameters.AddWithValue("outcome", status == PurgeStatus.Completed ? AuditOutcomes.Success : AuditOutcomes.Failed);
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        return id;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connectionString = configuration.GetConnectionString("Rmt")
            ?? throw new InvalidOperationException("ConnectionStrings:Rmt is not configured.");
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // Retention spans regions: the one place besides demo seeding that lifts the region scope.
        // No JIT: compiling the settlement query took longer than running it, once per batch.
        await using var scope = new NpgsqlCommand("SELECT set_config('rmt.all_regions', 'on', false), set_config('jit', 'off', false)", connection);
        await scope.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, PurgeSettings settings, params NpgsqlParameter[] extra)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("today", settings.Today);
        command.Parameters.AddWithValue("end_date", settings.EndDate);
        command.Parameters.AddWithValue("grace", settings.WithdrawalGraceDays);
        command.Parameters.AddRange(extra);
        return command;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, PurgeSettings settings, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, settings);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, PurgeSettings settings, CancellationToken cancellationToken, params NpgsqlParameter[] extra)
    {
        await using var command = Command(connection, transaction, sql, settings, extra);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

public sealed record RecipientNotice(Guid OrganisationId, string Name, long Exports);

public sealed record DestructionCertificateContent(
    Guid RunId, string Status, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, bool Automatic, Guid? StartedByUserId,
    PurgeSettings Settings, IReadOnlyDictionary<string, long> PerCategory, IReadOnlyDictionary<string, long> PerTable,
    IReadOnlyList<RecipientNotice> Recipients);
