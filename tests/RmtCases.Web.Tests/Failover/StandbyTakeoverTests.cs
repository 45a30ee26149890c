using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;
using RmtCases.Web.Tests.Participants;
using Xunit.Abstractions;

namespace RmtCases.Web.Tests.Failover;

/// <summary>
/// A primary with a synchronous streaming standby, the application on a multi-host connection string that asks for
/// the primary. Under reading and writing clients the primary is stopped as a crash and the standby promoted, as
/// Patroni or CloudNativePG would: the application finds the new primary by itself, and no acknowledged write is lost.
/// </summary>
[Collection(StandbyCollection.Name)]
public sealed partial class StandbyTakeoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>How long the application may take to serve again after the promotion: its host recheck interval and room for a loaded machine.</summary>
    private static readonly TimeSpan _recoveryBound = TimeSpan.FromSeconds(DataRegistration.DefaultHostRecheckSeconds + 4);

    /// <summary>The whole takeover, as a bound on the test: load, crash, promotion, recovery.</summary>
    private static readonly TimeSpan _testBound = TimeSpan.FromSeconds(60);

    private PrivateCluster? _primary;
    private PrivateCluster? _standby;
    private WebFixture? _web;

    private WebFixture Web => _web ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        try
        {
            _primary = await PrivateCluster.StartAsync();
            _standby = await PrivateCluster.StandbyOfAsync(_primary);
            _web = new WebFixture(() => TestDatabase.CreateAsync(
                MultiHost(_primary.OwnerConnectionString, _standby.Port),
                MultiHost(_primary.AppConnectionString, _standby.Port)));
            await _web.InitializeAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        // The database is dropped on whichever server is primary by then; then both clusters go, whatever happened.
        try
        {
            if (_web is not null)
            {
                await _web.DisposeAsync();
            }
        }
        finally
        {
            if (_standby is not null)
            {
                await _standby.DisposeAsync();
            }

            if (_primary is not null)
            {
                await _primary.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The production shape (README, "Failure, backups and deployment"): both servers in the connection string,
    /// each with its port, and only a primary accepted, so a standby that is still in recovery is never written to.
    /// </summary>
    private static string MultiHost(string single, int standbyPort)
    {
        var builder = new NpgsqlConnectionStringBuilder(single);
        builder.Host = $"{builder.Host}:{builder.Port},{builder.Host}:{standbyPort}";
        builder.TargetSessionAttributes = "primary";
        return builder.ConnectionString;
    }

    [Fact]
    public async Task The_standby_takes_over_under_load_with_no_acknowledged_write_lost_or_doubled_and_the_chain_intact()
    {
        using var bound = new CancellationTokenSource(_testBound);
        var primary = _primary!;
        var standby = _standby!;
        (await primary.ScalarAsSuperuserAsync<string>("SELECT string_agg(sync_state, ',') FROM pg_stat_replication"))
            .Should().Be("sync", "the standby confirms every commit before the application is told it is done");

        var arrange = await CaseFileArrange.CreateAsync(Web);
        var readers = new[] { await arrange.UnionAsync(), await arrange.MunicipalityAsync() };
        var writers = new[] { await arrange.UnionAsync(), await arrange.MunicipalityAsync() };
        var tokens = new List<string>();
        foreach (var writer in writers)
        {
            tokens.Add(await TokenAsync(writer));
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(bound.Token);
        var clock = Stopwatch.StartNew();
        var statuses = new ConcurrentBag<(string Kind, HttpStatusCode Status, TimeSpan At)>();
        var acknowledged = new ConcurrentBag<(Guid Id, string Surname, TimeSpan At)>();
        var load = readers.Select(r => ReadLoopAsync(r, clock, statuses, stop.Token))
            .Concat(writers.Select((w, i) => WriteLoopAsync(w, tokens[i], (char)('a' + i), clock, statuses, acknowledged, stop.Token)))
            .ToList();
        await Task.Delay(TimeSpan.FromSeconds(2), bound.Token);

        // As a crash: no checkpoint, no goodbye to the sessions. Then the promotion, as the cluster manager does.
        await primary.StopAsync();
        var crashedAt = clock.Elapsed;
        var acknowledgedBeforeCrash = acknowledged.Where(a => a.At < crashedAt).Select(a => a.Id).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1), bound.Token);
        var answerWithoutPrimary = await readers[0].GetAsync("/deelnemers", bound.Token);
        await standby.PromoteAsync();
        var promotedAt = clock.Elapsed;

        var recovery = Stopwatch.StartNew();
        while ((await readers[0].GetAsync("/deelnemers", bound.Token)).StatusCode != HttpStatusCode.OK)
        {
            recovery.Elapsed.Should().BeLessThan(_recoveryBound, "the application should find the new primary without a restart");
            await Task.Delay(50, bound.Token);
        }

        var servedAfterPromotion = recovery.Elapsed;
        var servedAt = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2), bound.Token);
        await stop.CancelAsync();
        await Task.WhenAll(load);
        NpgsqlConnection.ClearAllPools();

        var writesAfter = acknowledged.Count(a => a.At > servedAt);
        output.WriteLine($"crashed at {crashedAt.TotalMilliseconds:0} ms, promoted at {promotedAt.TotalMilliseconds:0} ms " +
            $"(pg_ctl promote took {(promotedAt - crashedAt).TotalMilliseconds - 1000:0} ms after the 1 s wait); " +
            $"served again {servedAfterPromotion.TotalMilliseconds:0} ms after the promotion, {(servedAt - crashedAt).TotalMilliseconds:0} ms after the crash; " +
            $"{acknowledged.Count} registrations acknowledged ({acknowledgedBeforeCrash.Count} before the crash, {writesAfter} after recovery); " +
            $"{statuses.Count} requests: {string.Join(", ", statuses.GroupBy(s => (s.Kind, s.Status)).Select(g => $"{g.Key.Kind} {(int)g.Key.Status}: {g.Count()}"))}");

        answerWithoutPrimary.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "the standby in recovery is not a primary, so it is not used");
        statuses.Select(s => s.Status).Should().OnlyContain(s => s == HttpStatusCode.OK || s == HttpStatusCode.Redirect || s == HttpStatusCode.ServiceUnavailable,
            "a takeover is a 503 while it lasts, never a 500");
        acknowledgedBeforeCrash.Should().NotBeEmpty();
        writesAfter.Should().BePositive("writing goes on on the new primary");

        // On the new primary: every acknowledged registration, once; each with exactly its one audit row; the chain whole.
        var database = Web.Database;
        var stored = (await database.ScalarAsync<string>("SELECT coalesce(string_agg(id::text, ','), '') FROM participants") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToHashSet();
        stored.Should().Contain(acknowledged.Select(a => a.Id), "synchronous replication: what was acknowledged is on the standby");
        (await database.ScalarAsync<long>("SELECT count(*) FROM (SELECT person_surname FROM participants GROUP BY person_surname HAVING count(*) > 1) d"))
            .Should().Be(0, "no registration is stored twice");
        (await database.ScalarAsync<long>($"SELECT count(*) FROM participants p WHERE (SELECT count(*) FROM audit_events a WHERE a.action = '{AuditActions.ParticipantCreated}' AND a.participant_id = p.id) <> 1"))
            .Should().Be(0, "each registration and its audit row are one transaction");
        var verification = await Web.Factory.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        verification.Intact.Should().BeTrue(verification.Reason);
        verification.RowsChecked.Should().BeGreaterThan(acknowledged.Count);
    }

    private static async Task ReadLoopAsync(HttpClient client, Stopwatch clock, ConcurrentBag<(string, HttpStatusCode, TimeSpan)> statuses, CancellationToken stop)
    {
        for (var i = 0; i < 5000 && !stop.IsCancellationRequested; i++)
        {
            var response = await client.GetAsync("/deelnemers", CancellationToken.None);
            statuses.Add(("GET", response.StatusCode, clock.Elapsed));
            await Task.Delay(20, CancellationToken.None);
        }
    }

    private static async Task WriteLoopAsync(
        HttpClient client, string token, char writer, Stopwatch clock, ConcurrentBag<(string, HttpStatusCode, TimeSpan)> statuses,
        ConcurrentBag<(Guid, string, TimeSpan)> acknowledged, CancellationToken stop)
    {
        for (var i = 0; i < 2000 && !stop.IsCancellationRequested; i++)
        {
            // Never retried: a retry after a lost answer is how a write gets stored twice.
            var surname = "Overname" + writer + Letters(i);
            var response = await client.PostAsync("/deelnemers/nieuw", new FormUrlEncodedContent(Form(token, surname)), CancellationToken.None);
            statuses.Add(("POST", response.StatusCode, clock.Elapsed));
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                acknowledged.Add((Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last()), surname, clock.Elapsed));
            }

            await Task.Delay(30, CancellationToken.None);
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
