using Npgsql;
using RmtCases.Domain.Retention;

namespace RmtCases.Web.Features.Retention;

/// <summary>One RMT run's batches: the due list read once, then walked by key, one slice a batch.</summary>
public sealed class RmtPurgeBatches(PurgeSettings settings) : IPurgeBatches
{
    private Guid _after = Guid.Empty;

    public PurgeKind Kind => PurgeKind.Rmt;

    public IReadOnlyList<string> Tables { get; } =
        [PurgeEngine.ParticipantsTable, "current_situation", "export_records", .. PurgeEngine.Tables.Select(t => t.Table)];

    public async Task BeginAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // The run's due list, read once, walked by key: a batch never rereads the rows, or the dead tuples,
        // of the batches before it. Picking each batch from participants instead made every batch scan the
        // whole table (the row-level-security predicate hides the row count from the planner), so the run
        // grew with the square of the participants. People who become due during a run wait for the next.
        await PurgeEngine.ExecuteAsync(connection, null, "DROP TABLE IF EXISTS purge_due", settings, cancellationToken);
        await PurgeEngine.ExecuteAsync(connection, null, $"CREATE TEMP TABLE purge_due AS SELECT id FROM ({PurgeEngine.DueParticipants}) due", settings, cancellationToken);
        await PurgeEngine.ExecuteAsync(connection, null, "CREATE UNIQUE INDEX ON purge_due (id); ANALYZE purge_due", settings, cancellationToken);
    }

    public async Task EndAsync(NpgsqlConnection connection)
    {
        await using var drop = new NpgsqlCommand("DROP TABLE IF EXISTS purge_due", connection);
        await drop.ExecuteNonQueryAsync(CancellationToken.None);
    }

    public async Task<PurgeBatch?> EraseNextAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid runId, CancellationToken cancellationToken)
    {
        Guid? last;
        await using (var slice = new NpgsqlCommand(
            "SELECT id FROM (SELECT id FROM purge_due WHERE id > @after ORDER BY id LIMIT @size) slice ORDER BY id DESC LIMIT 1", connection, transaction))
        {
            slice.Parameters.AddWithValue("after", _after);
            slice.Parameters.AddWithValue("size", settings.BatchSize);
            last = await slice.ExecuteScalarAsync(cancellationToken) as Guid?;
        }

        if (last is null)
        {
            return null;
        }

        // Due is checked again inside the batch's transaction: the list is a snapshot from the start of the run.
        await PurgeEngine.ExecuteAsync(connection, transaction, $"""
            CREATE TEMP TABLE purge_batch ON COMMIT DROP AS
            SELECT p.id, p.region_id FROM participants p
            WHERE p.id IN (SELECT id FROM purge_due WHERE id > @after AND id <= @last) AND {PurgeEngine.DueCondition}
            """, settings, cancellationToken, new NpgsqlParameter("after", _after), new NpgsqlParameter("last", last.Value));
        _after = last.Value;

        var run = new NpgsqlParameter("run", runId);
        // Settlement first, in the same transaction: the money survives exactly when the person is erased.
        await PurgeEngine.ExecuteAsync(connection, transaction, """
            INSERT INTO financial_settlements (purge_run_id, region_id, provider_organisation_id, service_type, quarter, deliveries, total_amount)
            SELECT @run, b.region_id, s.provider_organisation_id, s.service_type,
                   to_char(s.start_date, 'YYYY') || '-K' || extract(quarter FROM s.start_date), count(*), sum(s.cost)
            FROM service_deliveries s JOIN purge_batch b ON b.id = s.participant_id
            GROUP BY 2, 3, 4, 5
            """, settings, cancellationToken, run);

        // The route figures of these people, as monthly counts added into one row per key, in the same transaction as
        // the erasure: inflow, outflow, outcomes and lead times keep adding up after the purge, and no row is a person.
        await PurgeEngine.ExecuteAsync(connection, transaction, RouteAggregatesSql, settings, cancellationToken);

        // Which recipients hold exports about these people, so they can be told to delete them (GDPR art. 19).
        var recipients = new Dictionary<Guid, long>();
        await using (var command = PurgeEngine.Command(connection, transaction, """
            SELECT recipient_organisation_id, count(*) FROM export_records
            WHERE participant_id IN (SELECT id FROM purge_batch) GROUP BY 1
            """, settings))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                recipients[reader.GetGuid(0)] = reader.GetInt64(1);
            }
        }

        var rows = new Dictionary<string, long>
        {
            ["current_situation"] = await PurgeEngine.CountAsync(connection, transaction,
                "SELECT count(*) FROM participants WHERE current_situation_status IS NOT NULL AND id IN (SELECT id FROM purge_batch)", settings, cancellationToken),
        };
        await PurgeEngine.ExecuteAsync(connection, transaction, """
            DELETE FROM pending_downloads WHERE export_record_id IN
                (SELECT id FROM export_records WHERE participant_id IN (SELECT id FROM purge_batch))
            """, settings, cancellationToken);
        rows["export_records"] = await PurgeEngine.CountAsync(connection, transaction, """
            WITH unlinked AS (UPDATE export_records SET participant_id = NULL
                WHERE participant_id IN (SELECT id FROM purge_batch) RETURNING 1)
            SELECT count(*) FROM unlinked
            """, settings, cancellationToken);
        foreach (var (table, _) in PurgeEngine.Tables)
        {
            rows[table] = await PurgeEngine.CountAsync(connection, transaction,
                $"WITH erased AS (DELETE FROM {table} WHERE participant_id IN (SELECT id FROM purge_batch) RETURNING 1) SELECT count(*) FROM erased",
                settings, cancellationToken);
        }

        await PurgeEngine.ExecuteAsync(connection, transaction, """
            INSERT INTO participant_tombstones (participant_id, erased_at, purge_run_id)
            SELECT id, now(), @run FROM purge_batch
            """, settings, cancellationToken, new NpgsqlParameter("run", runId));
        rows[PurgeEngine.ParticipantsTable] = await PurgeEngine.CountAsync(connection, transaction,
            "WITH erased AS (DELETE FROM participants WHERE id IN (SELECT id FROM purge_batch) RETURNING 1) SELECT count(*) FROM erased",
            settings, cancellationToken);
        return new PurgeBatch(rows, recipients);
    }

    /// <summary>Figure codes as in <see cref="Domain.Figures.RouteFigure"/>; the months in Dutch time, as the figures count them.</summary>
    internal const string RouteAggregatesSql = """
        INSERT INTO route_month_aggregates (region_id, month, figure, code, count)
        SELECT region_id, month, figure, code, count(*)
        FROM (
            SELECT p.region_id, date_trunc('month', p.registered_at AT TIME ZONE 'Europe/Amsterdam')::date AS month, 1 AS figure, 0 AS code, p.id
            FROM participants p JOIN purge_batch b ON b.id = p.id
            UNION ALL
            SELECT p.region_id, date_trunc('month', coalesce(CASE WHEN p.route_phase IN (5, 6) THEN p.route_phase_since AT TIME ZONE 'Europe/Amsterdam' END, p.withdrawn_on))::date, 2, 0, p.id
            FROM participants p JOIN purge_batch b ON b.id = p.id
            WHERE p.route_phase IN (5, 6) OR p.withdrawn_on IS NOT NULL
            UNION ALL
            SELECT p.region_id, date_trunc('month', p.route_phase_since AT TIME ZONE 'Europe/Amsterdam')::date,
                   CASE p.route_phase WHEN 5 THEN 3 ELSE 4 END, coalesce(CASE p.route_phase WHEN 5 THEN p.route_outcome ELSE p.route_abort_reason END, 0), p.id
            FROM participants p JOIN purge_batch b ON b.id = p.id
            WHERE p.route_phase IN (5, 6)
            UNION ALL
            SELECT p.region_id, date_trunc('month', p.route_phase_since AT TIME ZONE 'Europe/Amsterdam')::date, 5,
                   floor(extract(epoch FROM p.route_phase_since - p.registered_at) / 86400)::int, p.id
            FROM participants p JOIN purge_batch b ON b.id = p.id
            WHERE p.route_phase = 5
        ) counted
        GROUP BY 1, 2, 3, 4
        ON CONFLICT (region_id, month, figure, code) DO UPDATE SET count = route_month_aggregates.count + excluded.count
        """;
}
