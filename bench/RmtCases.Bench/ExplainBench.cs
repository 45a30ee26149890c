using Npgsql;

namespace RmtCases.Bench;

/// <summary>
/// `explain`: EXPLAIN ANALYZE of the surname-prefix search as the application runs it (as rmt_web, region 11,
/// row-level security on), and whether participants is read by a sequential scan.
/// </summary>
internal static class ExplainBench
{
    // As EF Core generates them for the participant list's surname search (captured from its command log):
    // a count that stops at 1,001 and one page of 25.
    public const string SearchCount = """
        SELECT count(*)::int
        FROM (
            SELECT 1
            FROM participants AS p
            WHERE starts_with(p.person_surname_key, lower(rmt_unaccent(@name))) AND p.region_id = @actor_RegionId
            LIMIT @limit
        ) AS p0
        """;

    public const string SearchPage = """
        SELECT p.id, p.person_given_names, p.person_infix, p.person_surname, p.person_date_of_birth, p.person_postcode, p.person_city, p.status, p.registered_at
        FROM participants AS p
        WHERE starts_with(p.person_surname_key, lower(rmt_unaccent(@name))) AND p.region_id = @actor_RegionId
        ORDER BY p.person_surname_key, p.person_given_names, p.id
        LIMIT @p3 OFFSET @p
        """;

    public static async Task<int> RunAsync(Args args)
    {
        var app = new NpgsqlConnectionStringBuilder(args.Require("app", "RMT_BENCH_APP")) { Options = "-c rmt.region_id=11" }.ConnectionString;
        await using var connection = new NpgsqlConnection(app);
        await connection.OpenAsync();
        var sequential = false;
        foreach (var (name, sql) in new[] { ("count", SearchCount), ("page", SearchPage) })
        {
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
            command.Parameters.AddWithValue("name", args.Get("name") ?? "Öz");
            command.Parameters.AddWithValue("actor_RegionId", 11);
            command.Parameters.AddWithValue("limit", 1001);
            command.Parameters.AddWithValue("p", 0);
            command.Parameters.AddWithValue("p3", 25);
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
