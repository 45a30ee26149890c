using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using RmtCases.Web.Features.Retention;

namespace RmtCases.Bench;

/// <summary>
/// `purge --participants N --batch 5000[,2000,...]`: for each batch size, a freshly generated data set in which
/// every participant is due (the end date lies in the past) is erased by the application's PurgeEngine; then an
/// identically generated set by one set-based statement, the floor. Both connect as the application's role.
/// `--explain` instead prints EXPLAIN ANALYZE of one batch's statements on the current data (rolled back).
/// </summary>
internal static class PurgeBench
{
    public static async Task<int> RunAsync(Args args)
    {
        var owner = args.Require("owner", "RMT_BENCH_OWNER");
        var app = args.Require("app", "RMT_BENCH_APP");
        var participants = args.Int("participants", 1_000_000);
        var batches = (args.Get("batch") ?? "5000").Split(',').Select(b => int.Parse(b, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        if (args.Get("explain") is not null || Array.IndexOf(Environment.GetCommandLineArgs(), "--explain") >= 0)
        {
            await ExplainBatchAsync(app, batches[0]);
            return 0;
        }

        var results = new List<(string Name, TimeSpan Time)>();
        var reuse = await CountParticipantsAsync(owner) == participants;
        foreach (var batch in batches)
        {
            // The data set a preceding `generate` left is used as it is for the first run (scripts/bench all).
            if (!reuse)
            {
                await ResetAsync(owner);
                await Generator.GenerateAsync(owner, participants, 2, CancellationToken.None);
            }

            reuse = false;
            var time = await EngineAsync(app, batch);
            Console.WriteLine($"purge: engine, batch {batch}: {time.TotalSeconds:F1} s");
            results.Add(($"engine, batch {batch}", time));
        }

        await ResetAsync(owner);
        await Generator.GenerateAsync(owner, participants, 2, CancellationToken.None);
        var floor = await FloorAsync(app);
        Console.WriteLine($"purge: floor (one set-based statement): {floor.TotalSeconds:F1} s");
        foreach (var (name, time) in results)
        {
            Console.WriteLine($"purge: {participants:N0} participants, {name}: {time.TotalSeconds:F1} s = {time / floor:F2} x the floor ({floor.TotalSeconds:F1} s)");
        }

        return 0;
    }

    private static async Task<TimeSpan> EngineAsync(string app, int batchSize)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Rmt"] = WithoutTimeout(app) })
            .Build();
        var options = Options.Create(new RetentionOptions { BatchSize = batchSize });
        var engine = new PurgeEngine(configuration, options, TimeProvider.System, NullLogger<PurgeEngine>.Instance);
        var settings = engine.CurrentSettings();
        var progress = new BatchTimes();
        var clock = Stopwatch.StartNew();
        var outcome = await engine.ExecuteAsync(settings, runId: null, startedByUserId: null, automatic: true, progress, CancellationToken.None);
        var elapsed = clock.Elapsed;
        Console.WriteLine($"purge: engine erased {outcome.Rows[PurgeEngine.ParticipantsTable]:N0} participants in {progress.Count} batches; "
            + $"batch time first {progress.First:F0} ms, median {progress.Median:F0} ms, last {progress.Last:F0} ms");
        return elapsed;
    }

    /// <summary>What the engine does, for every due participant at once: one statement, one transaction.</summary>
    private static async Task<TimeSpan> FloorAsync(string app)
    {
        await using var connection = new NpgsqlConnection(WithoutTimeout(app));
        await connection.OpenAsync();
        await using (var scope = new NpgsqlCommand("SELECT set_config('rmt.all_regions', 'on', false)", connection))
        {
            await scope.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO purge_runs (id, kind, status, automatic, prepared_at, started_at, settings)
            VALUES (@run, 1, 3, true, now(), now(), '{}'::jsonb);

            WITH due AS MATERIALIZED (
                SELECT p.id, p.region_id FROM participants p
                WHERE @today >= @end_date OR (p.status = 2 AND p.withdrawn_on + @grace <= @today)),
            settled AS (
                INSERT INTO financial_settlements (purge_run_id, region_id, provider_organisation_id, service_type, quarter, deliveries, total_amount)
                SELECT @run, d.region_id, s.provider_organisation_id, s.service_type,
                       to_char(s.start_date, 'YYYY') || '-K' || extract(quarter FROM s.start_date), count(*), sum(s.cost)
                FROM service_deliveries s JOIN due d ON d.id = s.participant_id
                GROUP BY 2, 3, 4, 5),
            downloads AS (DELETE FROM pending_downloads WHERE export_record_id IN
                (SELECT id FROM export_records WHERE participant_id IN (SELECT id FROM due))),
            exports AS (UPDATE export_records SET participant_id = NULL WHERE participant_id IN (SELECT id FROM due)),
            education AS (DELETE FROM education_entries WHERE participant_id IN (SELECT id FROM due)),
            work AS (DELETE FROM work_history_entries WHERE participant_id IN (SELECT id FROM due)),
            mediation AS (DELETE FROM mediation_activities WHERE participant_id IN (SELECT id FROM due)),
            services AS (DELETE FROM service_deliveries WHERE participant_id IN (SELECT id FROM due)),
            banenafspraak AS (DELETE FROM banenafspraak_indications WHERE participant_id IN (SELECT id FROM due)),
            involvements AS (DELETE FROM case_involvements WHERE participant_id IN (SELECT id FROM due)),
            tombstones AS (INSERT INTO participant_tombstones (participant_id, erased_at, purge_run_id) SELECT id, now(), @run FROM due)
            DELETE FROM participants WHERE id IN (SELECT id FROM due);
            """, connection, transaction);
        var today = DateOnly.FromDateTime(DateTime.Today);
        command.Parameters.AddWithValue("run", RmtCases.Domain.Ids.New());
        command.Parameters.AddWithValue("today", today);
        command.Parameters.AddWithValue("end_date", new RetentionOptions().EndDate);
        command.Parameters.AddWithValue("grace", new RetentionOptions().WithdrawalGraceDays);
        var erased = await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        var elapsed = clock.Elapsed;
        Console.WriteLine($"purge: floor erased {erased - 1:N0} participants");
        return elapsed;
    }

    /// <summary>One batch of the engine's statements under EXPLAIN ANALYZE, in a transaction that is rolled back.</summary>
    private static async Task ExplainBatchAsync(string app, int batchSize)
    {
        await using var connection = new NpgsqlConnection(WithoutTimeout(app));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var today = DateOnly.FromDateTime(DateTime.Today);
        var end = new RetentionOptions().EndDate;
        string[] statements =
        [
            "SELECT set_config('rmt.all_regions', 'on', false)",
            $"""
            EXPLAIN (ANALYZE, BUFFERS) CREATE TEMP TABLE purge_batch ON COMMIT DROP AS SELECT p.id, p.region_id FROM participants p
            WHERE @today >= @end_date OR (p.status = 2 AND p.withdrawn_on + @grace <= @today) ORDER BY p.id LIMIT {batchSize}
            """,
            """
            EXPLAIN (ANALYZE, BUFFERS) INSERT INTO financial_settlements (purge_run_id, region_id, provider_organisation_id, service_type, quarter, deliveries, total_amount)
            SELECT gen_random_uuid(), b.region_id, s.provider_organisation_id, s.service_type,
                   to_char(s.start_date, 'YYYY') || '-K' || extract(quarter FROM s.start_date), count(*), sum(s.cost)
            FROM service_deliveries s JOIN purge_batch b ON b.id = s.participant_id
            GROUP BY 2, 3, 4, 5 LIMIT 0
            """,
            "EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM participants WHERE current_situation_status IS NOT NULL AND id IN (SELECT id FROM purge_batch)",
            "EXPLAIN (ANALYZE, BUFFERS) DELETE FROM education_entries WHERE participant_id IN (SELECT id FROM purge_batch)",
            "EXPLAIN (ANALYZE, BUFFERS) DELETE FROM service_deliveries WHERE participant_id IN (SELECT id FROM purge_batch)",
            "EXPLAIN (ANALYZE, BUFFERS) DELETE FROM case_involvements WHERE participant_id IN (SELECT id FROM purge_batch)",
            "EXPLAIN (ANALYZE, BUFFERS) DELETE FROM participants WHERE id IN (SELECT id FROM purge_batch)",
        ];
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddWithValue("today", today);
            command.Parameters.AddWithValue("end_date", end);
            command.Parameters.AddWithValue("grace", 28);
            await using var reader = await command.ExecuteReaderAsync();
            Console.WriteLine("-- " + sql.Split('\n')[0]);
            while (await reader.ReadAsync())
            {
                Console.WriteLine(reader.GetValue(0));
            }
        }

        await transaction.RollbackAsync();
    }

    private static async Task<long> CountParticipantsAsync(string owner)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(owner) { Options = "-c rmt.all_regions=on" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM participants", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Empties what the generator and a purge write, as the schema owner; organisations stay (the generator reuses them).</summary>
    public static async Task ResetAsync(string owner)
    {
        await using var connection = new NpgsqlConnection(WithoutTimeout(owner));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            TRUNCATE participants, education_entries, work_history_entries, mediation_activities, service_deliveries,
                service_month_totals, case_involvements, banenafspraak_indications, participant_tombstones, financial_settlements,
                destruction_certificates, purge_runs, export_records, pending_downloads CASCADE;
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string WithoutTimeout(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;

    private sealed class BatchTimes : IProgress<PurgeProgress>
    {
        private readonly List<double> _times = [];
        private long _last = Stopwatch.GetTimestamp();

        public int Count => _times.Count;

        public double First => _times.Count > 0 ? _times[0] : 0;

        public double Last => _times.Count > 0 ? _times[^1] : 0;

        public double Median => Stats.Median(_times);

        public void Report(PurgeProgress value)
        {
            var now = Stopwatch.GetTimestamp();
            _times.Add(Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds);
            _last = now;
        }
    }
}
