using Npgsql;

namespace RmtCases.Bench;

/// <summary>
/// `explain`: EXPLAIN ANALYZE of the surname-prefix search as the application runs it (as rmt_web, region 11,
/// row-level security on), and whether participants is read by a sequential scan.
/// </summary>
internal static class ExplainBench
{
    public static async Task<int> RunAsync(Args args)
    {
        var app = new NpgsqlConnectionStringBuilder(args.Require("app", "RMT_BENCH_APP")) { Options = "-c rmt.region_id=11" }.ConnectionString;
        await using var connection = new NpgsqlConnection(app);
        await connection.OpenAsync();
        var sequential = false;
        foreach (var (name, sql) in new[]
        {
            ("count", "SELECT count(*)::int FROM (SELECT * FROM participants WHERE starts_with(person_surname_key, lower(rmt_unaccent(@name)))) AS p WHERE p.region_id = 11"),
            ("page", """
                SELECT p.id, p.person_given_names, p.person_infix, p.person_surname, p.person_date_of_birth, p.person_postcode, p.person_city, p.status, p.registered_at
                FROM (SELECT * FROM participants WHERE starts_with(person_surname_key, lower(rmt_unaccent(@name)))) AS p WHERE p.region_id = 11
                ORDER BY p.person_surname_key, p.person_given_names, p.id LIMIT 25 OFFSET 0
                """),
        })
        {
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
            command.Parameters.AddWithValue("name", args.Get("name") ?? "Öz");
            await using var reader = await command.ExecuteReaderAsync();
            Console.WriteLine($"explain: surname prefix search, {name} query");
            while (await reader.ReadAsync())
            {
                var line = reader.GetString(0);
                sequential |= line.Contains("Seq Scan on participants", StringComparison.Ordinal);
                Console.WriteLine("  " + line);
            }
        }

        Console.WriteLine(sequential ? "explain: SEQUENTIAL SCAN of participants" : "explain: no sequential scan of participants");
        return sequential ? 1 : 0;
    }
}
