using Npgsql;

namespace RmtCases.Bench;

/// <summary>
/// `explain`: EXPLAIN ANALYZE of the surname-prefix search as the application runs it (as rmt_web, region 11,
/// row-level security on), and whether participants is read by a sequential scan; then the home page's queries
/// (<see cref="HomeExplain"/>), which fail on a sequential scan of participants or of a large child table.
/// </summary>
internal static class ExplainBench
{
    public static async Task<int> RunAsync(Args args)
    {
        var app = new NpgsqlConnectionStringBuilder(args.Require("app", "RMT_BENCH_APP")) { Options = "-c rmt.region_id=11 -c rmt.sees_banenafspraak=on" }.ConnectionString;
        await using var connection = new NpgsqlConnection(app);
        await connection.OpenAsync();
        var sequential = false;
        var (count, page) = ListSql.For(byName: true, byServiceType: false);
        foreach (var (name, sql) in new[] { ("count", count), ("page", page) })
        {
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
            command.Parameters.AddWithValue("name", args.Get("name") ?? "Öz");
            command.Parameters.AddWithValue("actor_RegionId", 11);
            command.Parameters.AddWithValue("limit", 1001);
            command.Parameters.AddWithValue("p2", 25);
            command.Parameters.AddWithValue("p", 0);
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

        // Issue 17: the home page is served by indexes too, at national scale.
        var scanned = await HomeExplain.RunAsync(app);
        foreach (var scan in scanned)
        {
            Console.WriteLine($"explain: SEQUENTIAL SCAN on the home page, {scan}");
        }

        if (scanned.Count == 0)
        {
            Console.WriteLine("explain: no sequential scan of participants or a large child table on the home page");
        }

        return sequential || scanned.Count > 0 ? 1 : 0;
    }
}
