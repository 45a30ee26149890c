using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;
using RmtCases.Web.Tests.Participants;
using Xunit.Abstractions;

namespace RmtCases.Web.Tests.Failover;

/// <summary>
/// PostgreSQL away under a few reading and writing clients: stopped (as a crash), or with every connection taken by
/// something else. Pages answer the Dutch 503 page, never a 500; nothing is half-written; all comes back by itself.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed partial class DatabaseOutageTests(OutageFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Stopped for this long, under load.</summary>
    private static readonly TimeSpan _outage = TimeSpan.FromSeconds(5);

    /// <summary>How long the application may take to serve again once PostgreSQL accepts connections.</summary>
    private static readonly TimeSpan _recoveryBound = TimeSpan.FromSeconds(5);

    /// <summary>The default connect and pool-wait timeout plus room for a loaded machine.</summary>
    private static readonly TimeSpan _answerBound = TimeSpan.FromSeconds(DataRegistration.DefaultTimeoutSeconds + 3);

    private const int Concurrent = 40;

    private WebFixture Web => fixture.Web;

    public Task InitializeAsync() => Web.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PostgreSQL_stopped_under_load_gives_the_Dutch_503_page_and_no_half_written_change_and_recovers_by_itself()
    {
        var arrange = await CaseFileArrange.CreateAsync(Web);
        var readers = new[] { await arrange.UnionAsync(), await arrange.MunicipalityAsync() };
        var writer = await arrange.UnionAsync();
        var token = await TokenAsync(writer);
        using var stop = new CancellationTokenSource();
        var statuses = new ConcurrentBag<(string Kind, HttpStatusCode Status, TimeSpan Took)>();
        var acknowledged = new ConcurrentBag<Guid>();
        var load = readers.Select(r => ReadLoopAsync(r, statuses, stop.Token))
            .Append(WriteLoopAsync(writer, token, statuses, acknowledged, stop.Token)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1));

        await fixture.Cluster.StopAsync();
        var stoppedAt = Stopwatch.StartNew();
        var health = await Web.CreateClient().GetAsync("/health");
        health.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var page = await readers[0].GetAsync("/deelnemers");
        page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("<html lang=\"nl\">").And.Contain("Tijdelijk niet beschikbaar").And.Contain("tijdelijk niet beschikbaar");
        page.Headers.RetryAfter.Should().NotBeNull();
        var refused = await writer.PostAsync("/deelnemers/nieuw", new FormUrlEncodedContent(Form(token, "Geweigerd")));
        refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "a change while the database is away");
        await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (_outage - stoppedAt.Elapsed).Ticks)));

        await fixture.Cluster.StartAsync();
        var recovery = Stopwatch.StartNew();
        while ((await readers[0].GetAsync("/deelnemers")).StatusCode != HttpStatusCode.OK)
        {
            recovery.Elapsed.Should().BeLessThan(_recoveryBound, "the application should serve again without a restart");
            await Task.Delay(50);
        }

        var recovered = recovery.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await Task.WhenAll(load);
        // The test's own pooled connections died with the server too.
        NpgsqlConnection.ClearAllPools();

        output.WriteLine($"down {_outage.TotalSeconds:0} s; served again {recovered.TotalMilliseconds:0} ms after PostgreSQL accepted connections; " +
            $"{statuses.Count} requests: {string.Join(", ", statuses.GroupBy(s => (s.Kind, s.Status)).Select(g => $"{g.Key.Kind} {(int)g.Key.Status}: {g.Count()}"))}; " +
            $"slowest answer {statuses.Max(s => s.Took).TotalMilliseconds:0} ms");
        statuses.Select(s => s.Status).Should().OnlyContain(s => s == HttpStatusCode.OK || s == HttpStatusCode.Redirect || s == HttpStatusCode.ServiceUnavailable,
            "a database that is away is a 503, never a 500");
        statuses.Should().Contain(s => s.Status == HttpStatusCode.ServiceUnavailable).And.Contain(s => s.Status == HttpStatusCode.OK);
        statuses.Max(s => s.Took).Should().BeLessThan(_answerBound);

        // Every acknowledged registration is there, once; nothing exists without its audit row (no half-written change).
        var participants = await Web.Database.ScalarAsync<long>("SELECT count(*) FROM participants");
        var ids = await Web.Database.ScalarAsync<string>("SELECT coalesce(string_agg(id::text, ','), '') FROM participants") ?? "";
        ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).Should().Contain(acknowledged);
        (await Web.Database.ScalarAsync<long>($"SELECT count(*) FROM participants p WHERE (SELECT count(*) FROM audit_events a WHERE a.action = '{AuditActions.ParticipantCreated}' AND a.participant_id = p.id) <> 1"))
            .Should().Be(0, "each registration and its audit row are one transaction");
        (await Web.Database.ScalarAsync<long>("SELECT count(*) FROM participants WHERE person_surname = 'Geweigerd'")).Should().Be(0);
        participants.Should().BeGreaterThanOrEqualTo(acknowledged.Count);
    }

    [Fact]
    public async Task Every_connection_taken_by_something_else_gives_the_503_page_quickly_without_a_thread_pile_up()
    {
        var arrange = await CaseFileArrange.CreateAsync(Web);
        var reader = await arrange.UnionAsync();
        (await reader.GetAsync("/deelnemers")).StatusCode.Should().Be(HttpStatusCode.OK);

        var hogs = new List<NpgsqlConnection>();
        try
        {
            // The application's idle connections would still serve; a new instance, or a busy one, has none. Then
            // another client takes every connection the server gives to ordinary roles, the freed ones as well.
            NpgsqlConnection.ClearAllPools();
            for (var round = 0; round < 3; round++)
            {
                await TakeFreeConnectionsAsync(hogs);
                await Task.Delay(200);
            }

            var threads = ThreadPool.ThreadCount;
            var clock = Stopwatch.StartNew();
            var answers = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(async _ =>
            {
                var started = Stopwatch.StartNew();
                var response = await reader.GetAsync("/deelnemers");
                return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), Took: started.Elapsed);
            }));
            var health = await Web.CreateClient().GetAsync("/health");
            output.WriteLine($"{hogs.Count} connections taken; {Concurrent} concurrent requests answered in {clock.ElapsedMilliseconds} ms " +
                $"(slowest {answers.Max(a => a.Took).TotalMilliseconds:0} ms); thread pool {threads} -> {ThreadPool.ThreadCount}");

            answers.Should().OnlyContain(a => a.StatusCode == HttpStatusCode.ServiceUnavailable && a.Body.Contains("Tijdelijk niet beschikbaar"),
                string.Join(", ", answers.Select(a => (int)a.StatusCode)));
            answers.Max(a => a.Took).Should().BeLessThan(TimeSpan.FromSeconds(3), "PostgreSQL refuses at once; nothing should wait for a timeout");
            health.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            // Requests wait asynchronously and briefly, so they neither hold a thread each nor pile up behind a timeout.
            ThreadPool.ThreadCount.Should().BeLessThan(threads + Concurrent / 2);
        }
        finally
        {
            foreach (var hog in hogs)
            {
                await hog.DisposeAsync();
            }
        }

        (await reader.GetAsync("/deelnemers")).StatusCode.Should().Be(HttpStatusCode.OK, "the connections are free again");
    }

    private async Task TakeFreeConnectionsAsync(List<NpgsqlConnection> hogs)
    {
        for (var i = 0; i < OutageFixture.MaxConnections; i++)
        {
            var hog = new NpgsqlConnection(fixture.Cluster.OwnerConnectionString + ";Pooling=false");
            try
            {
                await hog.OpenAsync();
                hogs.Add(hog);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.TooManyConnections)
            {
                await hog.DisposeAsync();
                return;
            }
        }
    }

    private static async Task ReadLoopAsync(HttpClient client, ConcurrentBag<(string, HttpStatusCode, TimeSpan)> statuses, CancellationToken stop)
    {
        // Bounded in count as well as by the test's stop.
        for (var i = 0; i < 5000 && !stop.IsCancellationRequested; i++)
        {
            var started = Stopwatch.StartNew();
            var response = await client.GetAsync("/deelnemers", CancellationToken.None);
            statuses.Add(("GET", response.StatusCode, started.Elapsed));
            await Task.Delay(20, CancellationToken.None);
        }
    }

    private static async Task WriteLoopAsync(
        HttpClient client, string token, ConcurrentBag<(string, HttpStatusCode, TimeSpan)> statuses, ConcurrentBag<Guid> acknowledged, CancellationToken stop)
    {
        for (var i = 0; i < 2000 && !stop.IsCancellationRequested; i++)
        {
            var started = Stopwatch.StartNew();
            var response = await client.PostAsync("/deelnemers/nieuw", new FormUrlEncodedContent(Form(token, "Storing" + Letters(i))), CancellationToken.None);
            statuses.Add(("POST", response.StatusCode, started.Elapsed));
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                acknowledged.Add(Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last()));
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    private static Dictionary<string, string> Form(string token, string surname) =>
        new(CaseFileArrange.With(CaseFileArrange.RegisterForm(), "Person.Surname", surname)) { ["__RequestVerificationToken"] = token };

    private static string Letters(int n) => new(n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('a' + c - '0')).ToArray());

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var html = await WebFixture.GetHtmlAsync(client, "/deelnemers/nieuw");
        return WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
