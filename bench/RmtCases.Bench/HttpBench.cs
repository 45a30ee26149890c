using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using RmtCases.Domain.Exchange;

namespace RmtCases.Bench;

/// <summary>
/// `http --base URL --app-pid PID --clients 16 --seconds 20 --warmup 15 [--only list]`: signed-in clients drive
/// the running application over loopback HTTP, one scenario at a time; then the same SQL the pages run,
/// straight through Npgsql as the application's role in region 11, with the same number of clients: the floor.
/// </summary>
internal static partial class HttpBench
{
    private const string Email = "gemeente@ga.demo";
    private const string Password = "RmtDemo-2026!";
    private const int Region = 11;

    private sealed record Scenario(string Name, Func<Client, Random, Task<HttpResponseMessage>> Request, Func<NpgsqlConnection, Random, Task>? Floor, bool Anonymous = false)
    {
        public Client For(Client[] signedIn, Client[] anonymous, int index) => (Anonymous ? anonymous : signedIn)[index];
    }

    public static async Task<int> RunAsync(Args args)
    {
        var baseUrl = new Uri(args.Get("base") ?? "http://127.0.0.1:5080");
        if (!IPAddress.IsLoopback((await Dns.GetHostAddressesAsync(baseUrl.Host))[0]))
        {
            throw new InvalidOperationException("The HTTP benchmark drives loopback only.");
        }

        var clients = args.Int("clients", 16);
        var seconds = args.Int("seconds", 20);
        var pid = args.Get("app-pid");
        var app = new NpgsqlConnectionStringBuilder(args.Require("app", "RMT_BENCH_APP"))
        {
            // Prepared as the application's statements are (RmtCases.Web DataRegistration): the floor is the best
            // the same SQL can do, so planning is not counted against the application.
            // The floors read as the gemeente caseworker the pages are driven by, who sees werkfitbehoud rows.
            Options = $"-c rmt.region_id={Region} -c rmt.sees_banenafspraak=on", MaxPoolSize = Math.Max(clients, 20), MaxAutoPrepare = 64, AutoPrepareMinUsages = 2,
        }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(app);

        var ids = new List<Guid>();
        await using (var command = dataSource.CreateCommand("SELECT id FROM participants WHERE region_id = 11 AND withdrawn_on IS NULL ORDER BY random() LIMIT 2000"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        if (ids.Count == 0)
        {
            throw new InvalidOperationException("No participants in region 11: run generate first.");
        }

        // One sign-in whose cookies every client carries: the sign-in rate limiter refuses a burst from one address.
        var first = await Client.SignInAsync(baseUrl);
        var signedIn = Enumerable.Range(0, clients).Select(i => i == 0 ? first : first.Copy(baseUrl)).ToArray();
        var anonymous = Enumerable.Range(0, clients).Select(_ => Client.Anonymous(baseUrl)).ToArray();

        Console.WriteLine($"http: {clients} clients, {seconds} s per scenario, {Environment.ProcessorCount} cores, one session of {Email}");
        var recipient = await Client.FirstRecipientAsync(signedIn[0], ids[0]);
        string[] prefixes = ["jan", "bak", "ozt", "cel", "mul", "vis", "de", "hoek", "sch", "kow"];
        var scenarios = new Scenario[]
        {
            // The cost every page starts from: the framework alone, then with the session, the declaration check
            // and the region set on the request's connection. /health asks PostgreSQL to answer; no audit row.
            new("baseline, anonymous (GET /health)",
                (c, _) => c.GetAsync("/health"),
                null,
                Anonymous: true),
            new("baseline, signed in (GET /health)",
                (c, _) => c.GetAsync("/health"),
                null),
            new("list, first page (GET /deelnemers)",
                (c, _) => c.GetAsync("/deelnemers"),
                (db, _) => FloorList(db, nameFilter: null, serviceType: null)),
            // Issue 17: at most twice the list's median; its lists and capped counts read indexes of migration Casework.
            new("home page (GET /)",
                (c, _) => c.GetAsync("/"),
                null),
            new("surname prefix search (POST, then GET of the saved search)",
                (c, r) => c.SearchAsync([new("Search.Name", prefixes[r.Next(prefixes.Length)])]),
                (db, r) => FloorList(db, prefixes[r.Next(prefixes.Length)], serviceType: null)),
            new("filter on service type (POST, then GET of the saved search)",
                (c, r) => c.SearchAsync([new("Search.ServiceType", (1 + r.Next(3)).ToString(CultureInfo.InvariantCulture))]),
                (db, r) => FloorList(db, nameFilter: null, serviceType: 1 + r.Next(3))),
            new("case file (GET /deelnemers/{id})",
                (c, r) => c.GetAsync($"/deelnemers/{ids[r.Next(ids.Count)]}"),
                (db, r) => FloorCaseFile(db, ids[r.Next(ids.Count)])),
            // Management information of the caseworker's region for a year of the generated data: seven figures,
            // each a set-based count in PostgreSQL, the suppression and the SVG (issue 18: < 300 ms median at 1M).
            new("figures, region, year (GET /stuurinformatie?periode=2022)",
                (c, _) => c.GetAsync("/stuurinformatie?periode=2022"),
                null),
            // Rendering and encrypting the PDF is most of it (`pdf` measures that alone); one user's exports are
            // serialised by design (the hourly cap is counted under a lock), so 16 clients queue behind each other.
            new("export: share form POST + PDF download",
                (c, r) => c.ExportAsync(ids[r.Next(ids.Count)], recipient),
                null),
        };

        // `--only case` drives the scenarios whose name contains it, e.g. to profile one page.
        if (args.Get("only") is { } only)
        {
            // Several, comma-separated: `--only GET,filter`.
            var parts = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            scenarios = [.. scenarios.Where(s => parts.Any(p => s.Name.Contains(p, StringComparison.OrdinalIgnoreCase)))];
        }

        // A freshly started application runs its first requests on unoptimised code (tiered compilation) and
        // fills its pools; every scenario is driven unmeasured first, so that no scenario pays for another.
        // Measured: the list's application CPU per page fell from 7.9 to 2.7 ms over its first 20 s under load
        // and stayed there, so 15 s each measures the application as it runs after a few minutes, not at start.
        var warmUp = args.Int("warmup", 15);
        foreach (var scenario in scenarios)
        {
            await DriveAsync(clients, warmUp, async (index, random) =>
            {
                using var response = await scenario.Request(scenario.For(signedIn, anonymous, index), random);
                await response.Content.CopyToAsync(Stream.Null);
                return true;
            });
        }

        foreach (var scenario in scenarios)
        {
            using (var probe = await scenario.Request(scenario.For(signedIn, anonymous, 0), new Random(1)))
            {
                if (probe.StatusCode != HttpStatusCode.OK)
                {
                    Console.WriteLine($"http: {scenario.Name}: answers {(int)probe.StatusCode}; skipped (is the page on this branch?)");
                    continue;
                }
            }

            var cpuBefore = CpuSnapshot.Take(pid);
            var web = await DriveAsync(clients, seconds, async (index, random) =>
            {
                using var response = await scenario.Request(scenario.For(signedIn, anonymous, index), random);
                await response.Content.CopyToAsync(Stream.Null);
                return response.StatusCode == HttpStatusCode.OK;
            });
            var cpu = CpuSnapshot.Take(pid).PerRequestSince(cpuBefore, web.Sent);
            var line = $"http: {scenario.Name,-38} {web}";
            if (cpu is not null)
            {
                line += $"\n      CPU per request                      {cpu}";
            }

            if (scenario.Floor is { } floor)
            {
                var floorCpuBefore = CpuSnapshot.Take(pid);
                var sql = await DriveAsync(clients, seconds, async (_, random) =>
                {
                    await using var connection = await dataSource.OpenConnectionAsync();
                    await floor(connection, random);
                    return true;
                });
                var floorCpu = CpuSnapshot.Take(pid).PerRequestSince(floorCpuBefore, sql.Sent);
                line += $"\n      floor (same SQL via Npgsql)          {sql}";
                if (floorCpu is not null)
                {
                    line += $"\n      floor CPU per request                {floorCpu}";
                }

                line += $"\n      ratio median {web.Median / sql.Median:F1}x, p95 {web.P95 / sql.P95:F1}x, throughput {sql.PerSecond / web.PerSecond:F1}x";
            }

            Console.WriteLine(line);
        }

        if (pid is not null)
        {
            var status = await File.ReadAllLinesAsync($"/proc/{pid}/status");
            Console.WriteLine("http: application peak memory " + string.Join(", ", status.Where(l => l.StartsWith("VmHWM", StringComparison.Ordinal) || l.StartsWith("VmRSS", StringComparison.Ordinal)).Select(l => Regex.Replace(l, @"\s+", " "))));
        }

        return 0;
    }

    // Sent counts the warm-up second too: the CPU counters around a run cover it.
    private sealed record Result(int Sent, int Requests, int Failures, double Median, double P95, double P99, double PerSecond)
    {
        public override string ToString() =>
            $"median {Median,7:F2} ms  p95 {P95,7:F2} ms  p99 {P99,7:F2} ms  {PerSecond,7:F0} req/s  ({Requests} requests, {Failures} failed)";
    }

    /// <summary>Closed loop: each client sends its next request when the previous one is answered; one warm-up second.</summary>
    private static async Task<Result> DriveAsync(int clients, int seconds, Func<int, Random, Task<bool>> request)
    {
        var warmUp = TimeSpan.FromSeconds(1);
        var duration = TimeSpan.FromSeconds(seconds);
        var start = Stopwatch.GetTimestamp();
        var times = new List<double>[clients];
        var failures = 0;
        var sent = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(index => Task.Run(async () =>
        {
            var random = new Random(index);
            var own = times[index] = [];
            while (Stopwatch.GetElapsedTime(start) < warmUp + duration)
            {
                var before = Stopwatch.GetTimestamp();
                var ok = await request(index, random);
                var after = Stopwatch.GetTimestamp();
                Interlocked.Increment(ref sent);
                if (Stopwatch.GetElapsedTime(start, before) < warmUp)
                {
                    continue;
                }

                own.Add(Stopwatch.GetElapsedTime(before, after).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        var all = times.SelectMany(t => t).ToArray();
        return new Result(sent, all.Length, failures, Stats.Median(all), Stats.Percentile(all, 95), Stats.Percentile(all, 99), all.Length / duration.TotalSeconds);
    }

    private static async Task FloorList(NpgsqlConnection connection, string? nameFilter, int? serviceType)
    {
        var (count, page) = ListSql.For(byName: nameFilter is not null, byServiceType: serviceType is not null);
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { new NpgsqlBatchCommand(count), new NpgsqlBatchCommand(page) } };
        foreach (var command in batch.BatchCommands)
        {
            command.Parameters.Add(new NpgsqlParameter<int>("actor_RegionId", Region));
            command.Parameters.Add(new NpgsqlParameter<int>("limit", 1001));
            command.Parameters.Add(new NpgsqlParameter<int>("p2", 25));
            command.Parameters.Add(new NpgsqlParameter<int>("p", 0));
            if (nameFilter is not null)
            {
                command.Parameters.Add(new NpgsqlParameter<string>("name", nameFilter));
            }

            if (serviceType is not null)
            {
                command.Parameters.Add(new NpgsqlParameter<int>("serviceType", serviceType.Value));
            }
        }

        await ReadAllAsync(batch);
    }

    // The case file's queries as EF Core generated them (split per collection), captured from its command log.
    private static async Task FloorCaseFile(NpgsqlConnection connection, Guid id)
    {
        const string Scope = "(SELECT p.id FROM participants AS p WHERE p.region_id = @actor_RegionId AND p.id = @id ORDER BY p.id LIMIT 1)";
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("""
                    SELECT p.id, p.xmin, p.status, p.registered_at, p.person_city, p.person_date_of_birth, p.person_email, p.person_given_names, p.person_house_number, p.person_infix, p.person_phone, p.person_postcode, p.person_street, p.person_surname, p.person_surname_key, p.participation_agreed_on, p.informed_by, p.withdrawn_on, p.withdrawal_reason, p.current_situation_employer, p.current_situation_expected_end_of_employment, p.current_situation_hours_per_week, p.current_situation_job_title, p.current_situation_status
                    FROM participants AS p
                    WHERE p.region_id = @actor_RegionId AND p.id = @id
                    ORDER BY p.id
                    LIMIT 2
                    """),
                new NpgsqlBatchCommand($"SELECT e0.id, e0.diploma_obtained, e0.end_year, e0.institution, e0.level, e0.participant_id, e0.programme, e0.start_year, p0.id FROM {Scope} AS p0 INNER JOIN education_entries AS e0 ON p0.id = e0.participant_id ORDER BY p0.id, e0.end_year DESC, e0.programme"),
                new NpgsqlBatchCommand($"SELECT w0.id, w0.employer, w0.end_date, w0.hours_per_week, w0.job_title, w0.participant_id, w0.start_date, p1.id FROM {Scope} AS p1 INNER JOIN work_history_entries AS w0 ON p1.id = w0.participant_id ORDER BY p1.id, w0.start_date DESC"),
                new NpgsqlBatchCommand($"SELECT m0.id, m0.date, m0.kind, m0.organisation_id, m0.outcome, m0.participant_id, m0.vacancy, p2.id FROM {Scope} AS p2 INNER JOIN mediation_activities AS m0 ON p2.id = m0.participant_id ORDER BY p2.id, m0.date DESC"),
                new NpgsqlBatchCommand($"SELECT s1.id, s1.service_type, s1.name, s1.start_date, s1.end_date, s1.cost, p3.id FROM {Scope} AS p3 INNER JOIN (SELECT s0.id, s0.service_type, o0.name, s0.start_date, s0.end_date, s0.cost, s0.participant_id FROM service_deliveries AS s0 INNER JOIN organisations AS o0 ON s0.provider_organisation_id = o0.id) AS s1 ON p3.id = s1.participant_id ORDER BY p3.id, s1.start_date DESC"),
                new NpgsqlBatchCommand($"SELECT s2.organisation_id, s2.name, s2.type, s2.since, p4.id FROM {Scope} AS p4 INNER JOIN (SELECT c0.organisation_id, o2.name, o2.type, c0.since, c0.participant_id FROM case_involvements AS c0 INNER JOIN organisations AS o2 ON c0.organisation_id = o2.id) AS s2 ON p4.id = s2.participant_id ORDER BY p4.id, s2.since"),
                new NpgsqlBatchCommand("""
                    SELECT e.recipient_organisation_id AS "RecipientOrganisationId", e.categories AS "Categories", e.created_at AS "CreatedAt", a0.chain_sequence AS "Sequence"
                    FROM export_records AS e
                    LEFT JOIN (
                        SELECT a.chain_sequence, a.subject_id
                        FROM audit_events AS a
                        WHERE a.action = 'export.created'
                    ) AS a0 ON e.id = a0.subject_id
                    WHERE e.participant_id = @id AND e.kind = 1
                    """),
                new NpgsqlBatchCommand("SELECT b.participant_id, b.in_target_group, b.recorded_by_organisation_id, b.region_id, b.registered_on FROM banenafspraak_indications AS b WHERE b.participant_id = @id LIMIT 2"),
                new NpgsqlBatchCommand("""
                    SELECT o.id AS "Id", o.name AS "Name"
                    FROM organisations AS o
                    WHERE o.region_id = @actor_RegionId AND NOT (o.id = ANY (@involved) AND o.id = ANY (@involved) IS NOT NULL) AND o.type IN (1, 2, 3, 4)
                    ORDER BY o.name
                    """),
            },
        };
        foreach (var command in batch.BatchCommands)
        {
            command.Parameters.Add(new NpgsqlParameter<int>("actor_RegionId", Region));
            command.Parameters.Add(new NpgsqlParameter<Guid>("id", id));
            command.Parameters.Add(new NpgsqlParameter<Guid[]>("involved", []));
        }

        await ReadAllAsync(batch);
    }

    private static async Task ReadAllAsync(NpgsqlBatch batch)
    {
        await using var reader = await batch.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
            }
        }
        while (await reader.NextResultAsync());
    }

    /// <summary>
    /// One signed-in browser. Cookies are kept by hand: the session cookie is Secure, and the demo serves loopback
    /// over plain HTTP (a browser treats 127.0.0.1 as a secure context; .NET's CookieContainer does not).
    /// </summary>
    internal sealed partial class Client(HttpClient http)
    {
        private readonly Dictionary<string, string> _cookies = [];
        private string? _token;

        public static async Task<Client> SignInAsync(Uri baseUrl)
        {
            var client = Create(baseUrl);
            using var response = await client.PostFormAsync("/account/inloggen", [new("Input.Email", Email), new("Input.Password", Password)]);
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("inloggen", StringComparison.Ordinal) == true)
            {
                throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode} {response.Headers.Location}");
            }

            // The sign-in form's token was for an anonymous visitor; signed in, the session needs its own.
            client._token = null;

            return client;
        }

        /// <summary>Another connection with the same session.</summary>
        public Client Copy(Uri baseUrl)
        {
            var copy = Create(baseUrl);
            foreach (var (name, value) in _cookies)
            {
                copy._cookies[name] = value;
            }

            return copy;
        }

        /// <summary>A visitor without a session.</summary>
        public static Client Anonymous(Uri baseUrl) => Create(baseUrl);

        private static Client Create(Uri baseUrl)
        {
            var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 4 };
            return new Client(new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) });
        }

        public async Task<HttpResponseMessage> GetAsync(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            return await SendAsync(request);
        }

        /// <summary>
        /// Posts a form with an antiforgery token, fetched once from the first page posted to: the token belongs to
        /// the session, not to the page.
        /// </summary>
        public async Task<HttpResponseMessage> PostFormAsync(string path, KeyValuePair<string, string>[] fields)
        {
            if (_token is not { } token)
            {
                using var page = await GetAsync(path);
                var html = await page.Content.ReadAsStringAsync();
                token = TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value
                    : throw new InvalidOperationException($"No antiforgery token on {path} ({(int)page.StatusCode}).");
                _token = token;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, path)
            {
                Content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]),
            };
            return await SendAsync(request);
        }

        /// <summary>The list's search as a browser does it: the POST stores it, its 303 leads to the GET that shows it.</summary>
        public async Task<HttpResponseMessage> SearchAsync(KeyValuePair<string, string>[] fields)
        {
            using var posted = await PostFormAsync("/deelnemers", fields);
            return posted.StatusCode == HttpStatusCode.SeeOther && posted.Headers.Location is { } location
                ? await GetAsync(location.OriginalString)
                : new HttpResponseMessage(posted.StatusCode);
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await http.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    var pair = value.Split(';', 2)[0].Split('=', 2);
                    _cookies[pair[0]] = pair.Length > 1 ? pair[1] : "";
                }
            }

            return response;
        }

        /// <summary>The first organisation the share page offers for this participant.</summary>
        public static async Task<string> FirstRecipientAsync(Client client, Guid participant)
        {
            using var page = await client.GetAsync($"/deelnemers/{participant}/delen");
            var html = await page.Content.ReadAsStringAsync();
            return RecipientPattern().Match(html) is { Success: true } match ? match.Groups[1].Value
                : throw new InvalidOperationException($"The share page offers no recipient ({(int)page.StatusCode}).");
        }

        /// <summary>Shares categories a–f with the recipient, then downloads the encrypted PDF; the download's answer.</summary>
        public async Task<HttpResponseMessage> ExportAsync(Guid participant, string recipient)
        {
            using var result = await PostFormAsync($"/deelnemers/{participant}/delen",
            [
                new("Input.RecipientId", recipient), new("Input.Purpose", ExportPurpose.VacancyMediation.Code()),
                .. "abcdef".Select(c => new KeyValuePair<string, string>("Input.Categories", c.ToString())),
            ]);
            var html = await result.Content.ReadAsStringAsync();
            if (DownloadPattern().Match(html) is not { Success: true } link)
            {
                return new HttpResponseMessage(result.StatusCode == HttpStatusCode.OK ? HttpStatusCode.UnprocessableEntity : result.StatusCode);
            }

            var download = await GetAsync(System.Net.WebUtility.HtmlDecode(link.Groups[1].Value));
            return download.Content.Headers.ContentType?.MediaType == "application/pdf" ? download : new HttpResponseMessage(HttpStatusCode.UnprocessableEntity);
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();

        [GeneratedRegex("<select[^>]*id=\"ontvanger\"[\\s\\S]*?<option value=\"([0-9a-f-]{36})\"")]
        private static partial Regex RecipientPattern();

        [GeneratedRegex("id=\"export-download\"[^>]*href=\"([^\"]+)\"")]
        private static partial Regex DownloadPattern();
    }
}
