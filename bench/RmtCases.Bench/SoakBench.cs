using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Npgsql;
using RmtCases.Web.Features.Audit;

namespace RmtCases.Bench;

/// <summary>
/// `soak --base URL --app-pid PID [--minutes 20] [--clients 16] [--warmup 15]`: mixed reading and writing for a long while, closed
/// loop. Reports errors, the application's memory early and at the end, p99 in the first and the last window, and
/// checks that every registration the application acknowledged is in the database with its audit row, and that the
/// audit chain verifies. Exits non-zero when a check fails; the goals (memory, p99) are reported, not enforced.
/// </summary>
internal static class SoakBench
{
    private sealed record Sample(TimeSpan At, double Milliseconds, string Kind);

    public static async Task<int> RunAsync(Args args)
    {
        var baseUrl = new Uri(args.Get("base") ?? "http://127.0.0.1:5080");
        var pid = args.Get("app-pid") ?? throw new InvalidOperationException("--app-pid is required: the soak watches the application's memory.");
        var clients = args.Int("clients", 16);
        var duration = TimeSpan.FromMinutes(double.Parse(args.Get("minutes") ?? "20", CultureInfo.InvariantCulture));
        // The issue's 2 and 5 minutes for the 20-minute run; a shortened run keeps their proportions.
        var early = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(2).Ticks, duration.Ticks / 3));
        var window = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, duration.Ticks / 3));
        // As `http`: a freshly started application runs unoptimised code for its first ~20 s under load (tiered
        // compilation); driven, not measured, so the first window compares the running application, not its start.
        var warmUp = TimeSpan.FromSeconds(args.Int("warmup", 15));
        var app = args.Require("app", "RMT_BENCH_APP");
        var owner = args.Require("owner", "RMT_BENCH_OWNER");

        var ids = new List<Guid>();
        await using (var connection = new NpgsqlConnection(owner + ";Options=-c rmt.all_regions=on"))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT id FROM participants WHERE region_id = 11 AND withdrawn_on IS NULL ORDER BY random() LIMIT 2000", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        if (ids.Count == 0)
        {
            throw new InvalidOperationException("No participants in region 11: run generate first.");
        }

        var first = await HttpBench.Client.SignInAsync(baseUrl);
        var signedIn = Enumerable.Range(0, clients).Select(i => i == 0 ? first : first.Copy(baseUrl)).ToArray();
        Console.WriteLine($"soak: {clients} clients for {duration.TotalMinutes:0.#} min, mixed: 50% list, 30% case file, 20% registration; " +
            $"memory at {early.TotalMinutes:0.#} min and at the end, p99 over the first and last {window.TotalMinutes:0.#} min, after {warmUp.TotalSeconds:0} s unmeasured");

        var samples = new ConcurrentBag<Sample>();
        var acknowledged = new ConcurrentBag<Guid>();
        var errors = new ConcurrentDictionary<string, int>();
        long? rssEarly = null;
        var clock = Stopwatch.StartNew();
        var memoryWatch = Task.Run(async () =>
        {
            await Task.Delay(warmUp + early);
            rssEarly = ResidentBytes(pid);
        });
        await Task.WhenAll(signedIn.Select((client, index) => Task.Run(async () =>
        {
            var random = new Random(index);
            for (var n = 0; clock.Elapsed < warmUp + duration; n++)
            {
                var roll = random.Next(10);
                var kind = roll < 5 ? "list" : roll < 8 ? "case file" : "registration";
                var before = clock.Elapsed - warmUp;
                try
                {
                    if (kind == "registration")
                    {
                        using var response = await client.PostFormAsync("/deelnemers/nieuw", Registration($"Duur{Letters(index)}{Letters(n)}"));
                        if (response.StatusCode == HttpStatusCode.Redirect
                            && Guid.TryParse(response.Headers.Location?.OriginalString.Split('/').Last(), out var id))
                        {
                            acknowledged.Add(id);
                        }
                        else
                        {
                            Count(errors, before, $"{kind} {(int)response.StatusCode}");
                        }
                    }
                    else
                    {
                        using var response = await client.GetAsync(kind == "list" ? "/deelnemers" : $"/deelnemers/{ids[random.Next(ids.Count)]}");
                        await response.Content.CopyToAsync(Stream.Null);
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            Count(errors, before, $"{kind} {(int)response.StatusCode}");
                        }
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Count(errors, before, $"{kind} {ex.GetType().Name}");
                }

                if (before >= TimeSpan.Zero)
                {
                    samples.Add(new Sample(before, (clock.Elapsed - warmUp - before).TotalMilliseconds, kind));
                }
            }
        })));
        await memoryWatch;
        var rssEnd = ResidentBytes(pid);

        var all = samples.ToArray();
        var firstWindow = all.Where(s => s.At < window).Select(s => s.Milliseconds).ToArray();
        var lastWindow = all.Where(s => s.At >= duration - window).Select(s => s.Milliseconds).ToArray();
        var p99First = Stats.Percentile(firstWindow, 99);
        var p99Last = Stats.Percentile(lastWindow, 99);
        var growth = rssEarly is { } e && e > 0 ? (rssEnd - e) * 100.0 / e : double.NaN;
        var errorCount = errors.Values.Sum();
        Console.WriteLine($"soak: {all.Length} requests ({string.Join(", ", all.GroupBy(s => s.Kind).Select(g => $"{g.Key} {g.Count()}"))}), " +
            $"{all.Length / duration.TotalSeconds:0} req/s; errors {errorCount}{(errorCount > 0 ? " (" + string.Join(", ", errors.Select(x => $"{x.Key}: {x.Value}")) + ")" : "")} (goal 0)");
        Console.WriteLine($"soak: application memory (VmRSS) {Mb(rssEarly)} at {early.TotalMinutes:0.#} min, {Mb(rssEnd)} at the end: {growth:+0.0;-0.0}% (goal < 10%)");
        Console.WriteLine($"soak: p99 first {window.TotalMinutes:0.#} min {p99First:0.0} ms ({firstWindow.Length} requests), last {window.TotalMinutes:0.#} min {p99Last:0.0} ms " +
            $"({lastWindow.Length} requests): {(p99Last - p99First) * 100 / p99First:+0;-0}% (goal within 20%); median {Stats.Median(all.Select(s => s.Milliseconds).ToArray()):0.0} ms");

        // Every acknowledged change is stored once, with its audit row; the chain verifies.
        var missing = 0L;
        var withoutAudit = 0L;
        await using (var connection = new NpgsqlConnection(owner + ";Options=-c rmt.all_regions=on"))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT count(*) FILTER (WHERE p.id IS NULL),
                       count(*) FILTER (WHERE p.id IS NOT NULL AND (SELECT count(*) FROM audit_events a WHERE a.action = 'participant.created' AND a.participant_id = p.id) <> 1)
                FROM unnest(@ids) AS acknowledged(id) LEFT JOIN participants p ON p.id = acknowledged.id
                """, connection);
            command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. acknowledged]));
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            missing = reader.GetInt64(0);
            withoutAudit = reader.GetInt64(1);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Rmt"] = app }).Build();
        var verification = await new AuditChainVerifier(configuration).VerifyAsync(CancellationToken.None);
        Console.WriteLine($"soak: {acknowledged.Count} registrations acknowledged: {missing} missing from the database, {withoutAudit} without exactly one audit row; " +
            $"audit chain {(verification.Intact ? "verifies" : $"BROKEN at sequence {verification.FirstBrokenSequence}: {verification.Reason}")} ({verification.RowsChecked} rows)");
        return errorCount == 0 && missing == 0 && withoutAudit == 0 && verification.Intact && !acknowledged.IsEmpty ? 0 : 1;
    }

    /// <summary>Errors count during the warm-up too: the goal is none at all.</summary>
    private static void Count(ConcurrentDictionary<string, int> errors, TimeSpan at, string what) =>
        errors.AddOrUpdate(at < TimeSpan.Zero ? what + " (warm-up)" : what, 1, (_, c) => c + 1);

    private static KeyValuePair<string, string>[] Registration(string surname) =>
    [
        new("Person.GivenNames", "Jan"), new("Person.Surname", surname), new("Person.DateOfBirth", "1980-05-17"),
        new("Person.Street", "Kinkerstraat"), new("Person.HouseNumber", "12"), new("Person.Postcode", "1053dx"),
        new("Person.City", "Amsterdam"), new("Person.Phone", "06-12345678"), new("Person.Email", "jan@example.nl"),
        new("Participation.AgreedOn", "2021-09-01"), new("Participation.InformedBy", "InPerson"),
    ];

    private static long ResidentBytes(string pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static string Mb(long? bytes) => bytes is { } b ? $"{b / 1048576.0:0} MB" : "?";

    // Surnames are letters only: the index and the count written in letters.
    private static string Letters(int n) => new(n.ToString("0000", CultureInfo.InvariantCulture).Select(c => (char)('a' + c - '0')).ToArray());
}
