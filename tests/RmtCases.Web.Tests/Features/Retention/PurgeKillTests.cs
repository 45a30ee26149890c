using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Retention;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Retention;
using RmtCases.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace RmtCases.Web.Tests.Features.Retention;

/// <summary>
/// The command-line purge (the application binary's `purge` verb, as scripts/purge runs it) killed with SIGKILL
/// between batches: no cancellation, no finally block, only what each batch committed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PurgeKillTests(WebFixture fixture) : IAsyncLifetime
{
    private const int Participants = 12;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_participant_erased_by_killed_runs_is_on_exactly_one_certificate_with_all_recipients()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var recipients = new[]
        {
            await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11, "Re-integratie Noord"),
            await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11, "ROC Zuid"),
            await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "UWV Oost"),
        };
        // Participant i has exports to the first (i % 3) + 1 recipients, so batches differ in whom they must tell.
        var exportsTo = new Dictionary<Guid, Guid[]>();
        for (var i = 0; i < Participants; i++)
        {
            var participant = await fixture.InsertAsync(Sample.Full(11, municipality.Id, recipients[0].Id, surname: $"Vernietigd{i}"));
            exportsTo[participant.Id] = recipients.Take(i % 3 + 1).Select(r => r.Id).ToArray();
            foreach (var (recipient, n) in exportsTo[participant.Id].Select((r, n) => (r, n)))
            {
                await fixture.InsertAsync(new ExportRecord
                {
                    Reference = $"RMT-KILL-{i:00}-{n}", Kind = ExportKind.Exchange, SenderOrganisationId = municipality.Id, RecipientOrganisationId = recipient,
                    ParticipantId = participant.Id, RegionId = 11, Purpose = "Test", Categories = "a", CreatedAt = DateTimeOffset.UtcNow, Sha256 = new string('0', 64),
                });
            }
        }

        var first = await RunPurgeAsync(killAfterBatches: 3);
        (await StatusAsync(first)).Should().Be(PurgeStatus.Running, "nothing closed the killed run");

        // The next run finds the first one dead (its lock went with its connection) and closes it before starting.
        var second = await RunPurgeAsync(killAfterBatches: 3);
        (await StatusAsync(first)).Should().Be(PurgeStatus.Interrupted);
        (await StatusAsync(second)).Should().Be(PurgeStatus.Running);

        // The retention page closes a dead run as well.
        var administration = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var administrator = await fixture.SignInAsAsync(await fixture.CreateUserAsync(administration, Role.Administrator));
        var page = await WebFixture.GetHtmlAsync(administrator, "/beheer/bewaartermijnen");
        (await StatusAsync(second)).Should().Be(PurgeStatus.Interrupted);
        page.Should().NotContain(">Bezig<");
        Regex.Count(page, ">Onderbroken<").Should().Be(2);
        CertificateLink().Matches(page).Should().HaveCount(2, "each interrupted run links its certificate");

        var last = await RunPurgeAsync(killAfterBatches: null);
        last.Output.Should().Contain("completed");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participants")).Should().Be(0);

        // Every erased participant is on exactly one certificate: the one of the run whose batch erased them.
        var erasedBy = await RowsAsync("SELECT participant_id, purge_run_id FROM participant_tombstones", r => (r.GetGuid(0), r.GetGuid(1)));
        erasedBy.Select(e => e.Item1).Should().BeEquivalentTo(exportsTo.Keys);
        var certificates = await RowsAsync("SELECT purge_run_id, content::text FROM destruction_certificates",
            r => (Run: r.GetGuid(0), Content: JsonSerializer.Deserialize<DestructionCertificateContent>(r.GetString(1))!));
        certificates.Select(c => c.Run).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(erasedBy.Select(e => e.Item2).Distinct());
        certificates.Sum(c => c.Content.PerCategory["a"]).Should().Be(Participants);
        foreach (var (run, content) in certificates)
        {
            var erased = erasedBy.Where(e => e.Item2 == run).Select(e => e.Item1).ToList();
            content.PerCategory["a"].Should().Be(erased.Count);
            content.PerCategory["b"].Should().Be(erased.Count, "one education entry each");
            content.PerTable["export_records"].Should().Be(erased.Sum(p => exportsTo[p].Length));
            var expected = erased.SelectMany(p => exportsTo[p]).GroupBy(r => r).ToDictionary(g => g.Key, g => (long)g.Count());
            content.Recipients.ToDictionary(r => r.OrganisationId, r => r.Exports).Should().BeEquivalentTo(expected, $"run {run} tells whom its batches unlinked");
            content.Status.Should().Be(run == last.RunId ? nameof(PurgeStatus.Completed) : nameof(PurgeStatus.Interrupted));
            (content.InterruptionFoundAt is not null).Should().Be(run != last.RunId);
        }

        certificates.Single(c => c.Run == first.RunId).Content.PerCategory["a"].Should().BeGreaterThanOrEqualTo(3, "the first run was killed after its third batch");
        (await fixture.Audit.CountAsync(AuditActions.Purge, outcome: AuditOutcomes.Failed)).Should().Be(2);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM purge_runs WHERE status = {(int)PurgeStatus.Running}")).Should().Be(0);

        // The certificate of a killed run says so, and names whom its batches' exports went to.
        var firstCertificate = certificates.Single(c => c.Run == first.RunId).Content;
        var certificateId = await fixture.Database.ScalarAsync<Guid>($"SELECT id FROM destruction_certificates WHERE purge_run_id = '{first.RunId}'");
        var pdf = await administrator.GetAsync($"/beheer/bewaartermijnen/certificate/{certificateId}");
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        using var document = PdfDocument.Open(bytes);
        var text = string.Join(' ', document.GetPages().Select(p => p.Text));
        text.Should().Contain("Onderbroken").And.Contain("Onderbreking vastgesteld").And.Contain("Laatste afgeronde batch");
        foreach (var recipient in firstCertificate.Recipients)
        {
            text.Should().Contain(recipient.Name);
        }

        text.Should().NotContain("Vernietigd0", "a certificate holds no personal data");
    }

    private sealed record PurgeRunResult(Guid RunId, string Output);

    /// <summary>Runs the application binary's purge; with <paramref name="killAfterBatches"/>, SIGKILLs it once it reports that batch.</summary>
    private async Task<PurgeRunResult> RunPurgeAsync(int? killAfterBatches)
    {
        var before = (await RowsAsync("SELECT id FROM purge_runs", r => r.GetGuid(0))).ToHashSet();
        var bin = AppContext.BaseDirectory;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(bin, "RmtCases.Web.dll"), "purge", "--contentRoot", bin })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Rmt"] = fixture.Database.AppConnectionString;
        start.Environment["Retention__EndDate"] = "2023-01-01";
        start.Environment["Retention__AutomaticPurge"] = "false";
        start.Environment["Retention__BatchSize"] = "1";
        // Room to land the kill between batches; the data stays right wherever it lands.
        start.Environment["Retention__PauseBetweenBatches"] = "00:00:00.300";
        using var process = Process.Start(start)!;
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => errors.AppendLine(e.Data);
        process.BeginErrorReadLine();
        var output = new System.Text.StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.AppendLine(line);
            if (killAfterBatches is { } n && line.Contains($"batch {n}:", StringComparison.Ordinal))
            {
                // Process.Kill sends SIGKILL on Linux: the process gets no chance to clean up.
                process.Kill();
                break;
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(killAfterBatches is null ? 0 : 128 + 9, $"output:\n{output}\nerrors:\n{errors}");
        await WaitForLockReleaseAsync();
        var runs = (await RowsAsync("SELECT id FROM purge_runs", r => r.GetGuid(0))).Except(before).ToList();
        runs.Should().ContainSingle($"one run per process; output:\n{output}");
        return new PurgeRunResult(runs[0], output.ToString());
    }

    /// <summary>PostgreSQL ends the dead client's session, and with it the advisory lock, once it sees the socket close.</summary>
    private async Task WaitForLockReleaseAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        // Every advisory lock but the audit sealer's, which an instance holds for as long as it seals.
        while (await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT (classid = 0 AND objid = {RmtCases.Web.Features.Audit.AuditSealer.SealerLock} AND objsubid = 1)") > 0)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the killed purge's lock should go with its connection");
            await Task.Delay(100);
        }
    }

    private async Task<PurgeStatus> StatusAsync(PurgeRunResult run) =>
        (PurgeStatus)await fixture.Database.ScalarAsync<int>($"SELECT status FROM purge_runs WHERE id = '{run.RunId}'");

    private async Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        var rows = new List<T>();
        await using var connection = new NpgsqlConnection(fixture.Database.AllRegionsConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    [GeneratedRegex("href=\"(/beheer/bewaartermijnen/certificate/[0-9a-f-]+)\"")]
    private static partial Regex CertificateLink();
}
