using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Npgsql;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Retention;
using RmtCases.Web.Tests.Infrastructure;
using RmtCases.Web.Tests.Participants;
using Xunit.Abstractions;

namespace RmtCases.Web.Tests.Failover;

/// <summary>
/// scripts/backup before a purge, scripts/restore after it: the restored database holds the erased people again,
/// and the application, on start, erases them again before it serves a page that could show them.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class BackupRestoreTests(OutageFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Participants = 3;
    private static readonly TimeSpan _catchUpBound = TimeSpan.FromSeconds(30);

    private WebFixture Web => fixture.Web;

    public Task InitializeAsync() => Web.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_backup_from_before_a_purge_restored_after_it_brings_no_erased_person_back()
    {
        var arrange = await CaseFileArrange.CreateAsync(Web);
        var provider = await Web.CreateOrganisationAsync(OrganisationType.ExternalProvider, CaseFileArrange.Region, "Re-integratie Terug");
        var surnames = Enumerable.Range(0, Participants).Select(i => $"Teruggezet{(char)('a' + i)}").ToList();
        foreach (var surname in surnames)
        {
            await Web.InsertAsync(Sample.Full(CaseFileArrange.Region, arrange.Municipality.Id, provider.Id, surname));
        }

        var backup = Path.Combine(Path.GetTempPath(), $"rmt-backup-{Guid.NewGuid():N}.dump");
        try
        {
            await ScriptAsync("backup", backup);

            // The purge: an instance with the automatic purge on and the regulation's end date passed.
            await using (var purging = await StartCatchingUpAsync(pauseBetweenBatches: TimeSpan.Zero))
            {
                await WaitUntilHealthyAsync(purging);
            }

            (await Count("participants")).Should().Be(0);
            var settlementsAfterPurge = await SettlementsAsync();
            settlementsAfterPurge.Deliveries.Should().Be(Participants);

            await ScriptAsync("restore", backup);
            NpgsqlConnection.ClearAllPools();
            (await Count("participants")).Should().Be(Participants, "the backup was taken before the purge");
            (await Count("destruction_certificates")).Should().Be(0);

            // Slow batches, so the closed gate can be seen.
            var started = Stopwatch.StartNew();
            await using (var restarted = await StartCatchingUpAsync(pauseBetweenBatches: TimeSpan.FromMilliseconds(500)))
            {
                var anonymous = restarted.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
                var closed = await anonymous.GetAsync("/deelnemers");
                closed.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "participant pages wait for the catch-up purge");
                (await closed.Content.ReadAsStringAsync()).Should().Contain("Tijdelijk niet beschikbaar");
                (await anonymous.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "not ready for the load balancer yet");
                await WaitUntilHealthyAsync(restarted);
                output.WriteLine($"catch-up purge of {Participants} participants (batches of 1, 500 ms apart) done {started.ElapsedMilliseconds} ms after start");
                (await anonymous.GetAsync("/deelnemers")).StatusCode.Should().NotBe(HttpStatusCode.ServiceUnavailable, "the gate is open");
            }

            (await Count("participants")).Should().Be(0);
            var caseworker = await arrange.MunicipalityAsync();
            var list = await WebFixture.GetHtmlAsync(caseworker, "/deelnemers");
            foreach (var surname in surnames)
            {
                list.Should().NotContain(surname);
            }

            // One certificate, for the catch-up run (the backup holds none), naming every erased person once, and the
            // settlement rows of that run only: the same totals as the first purge, not twice.
            var certificate = JsonSerializer.Deserialize<DestructionCertificateContent>(
                (await Web.Database.ScalarAsync<string>("SELECT content::text FROM destruction_certificates"))!)!;
            certificate.PerCategory["a"].Should().Be(Participants);
            (await Web.Database.ScalarAsync<long>($"SELECT count(*) FROM participant_tombstones WHERE purge_run_id = '{certificate.RunId}'")).Should().Be(Participants);
            (await SettlementsAsync()).Should().Be(settlementsAfterPurge);
            (await Web.Database.ScalarAsync<long>($"SELECT count(*) FROM financial_settlements WHERE purge_run_id <> '{certificate.RunId}'")).Should().Be(0);
        }
        finally
        {
            File.Delete(backup);
        }
    }

    private RmtAppFactory CreateCatchingUp(TimeSpan pauseBetweenBatches) => new(Web.Database, Web.Clock, new Dictionary<string, string?>
    {
        ["Retention:AutomaticPurge"] = "true",
        ["Retention:EndDate"] = "2023-01-01",
        ["Retention:BatchSize"] = "1",
        ["Retention:PauseBetweenBatches"] = pauseBetweenBatches.ToString(),
    });

    private Task<RmtAppFactory> StartCatchingUpAsync(TimeSpan pauseBetweenBatches)
    {
        var factory = CreateCatchingUp(pauseBetweenBatches);
        _ = factory.Server;
        return Task.FromResult(factory);
    }

    private static async Task WaitUntilHealthyAsync(RmtAppFactory factory)
    {
        var client = factory.CreateClient();
        var waited = Stopwatch.StartNew();
        while ((await client.GetAsync("/health")).StatusCode != HttpStatusCode.OK)
        {
            waited.Elapsed.Should().BeLessThan(_catchUpBound, "the catch-up purge should finish");
            await Task.Delay(100);
        }
    }

    private async Task<long> Count(string table) => await Web.Database.ScalarAsync<long>($"SELECT count(*) FROM {table}");

    private async Task<(long Deliveries, decimal Total)> SettlementsAsync() =>
        (await Web.Database.ScalarAsync<long>("SELECT coalesce(sum(deliveries), 0) FROM financial_settlements"),
         await Web.Database.ScalarAsync<decimal>("SELECT coalesce(sum(total_amount), 0) FROM financial_settlements"));

    /// <summary>Runs scripts/backup or scripts/restore against this test's database, as the cluster's superuser over its socket.</summary>
    private async Task ScriptAsync(string script, string file)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "scripts", script)))
        {
            root = root.Parent ?? throw new InvalidOperationException($"scripts/{script} not found above {AppContext.BaseDirectory}");
        }

        var start = new ProcessStartInfo(Path.Combine(root.FullName, "scripts", script))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(file);
        start.Environment["PGHOST"] = fixture.Cluster.SocketDirectory;
        start.Environment["PGPORT"] = fixture.Cluster.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = "postgres";
        start.Environment["PGDATABASE"] = Web.Database.Name;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, $"scripts/{script}: {await stdout}{await stderr}");
        output.WriteLine($"scripts/{script}: {(await stderr).Trim()}");
    }
}
