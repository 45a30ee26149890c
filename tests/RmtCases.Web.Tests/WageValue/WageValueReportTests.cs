using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Web.Tests.Features.Pdf;
using RmtCases.Web.Tests.Infrastructure;
using static RmtCases.Web.Tests.WageValue.WageValueArrange;

namespace RmtCases.Web.Tests.WageValue;

/// <summary>AP z2020-12081: which version of the report goes to whom must be explicit.</summary>
[Collection(WebCollection.Name)]
public sealed partial class WageValueReportTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_reduced_reports_hold_the_wage_value_and_task_performances_without_any_argumentation()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);

        foreach (var (recipient, title) in new[]
        {
            ("Employer", "Beperkte rapportage voor de werkgever"),
            ("Decision", "Beperkte rapportage voor het besluit van de gemeente"),
        })
        {
            var (pages, _) = await ReportAsync(client, id, recipient);
            var all = string.Join(' ', pages);

            pages[0].Should().Contain(title).And.Contain("Weggelaten").And.Contain("Versie 1").And.Contain("onderbouwing");
            all.Should().Contain("71,4%").And.Contain("35,0%").And.Contain("20,3%").And.Contain("16,2%").And.Contain("Orderpicken");
            foreach (var canary in Canaries)
            {
                all.Should().NotContain(canary, recipient);
            }

            all.Should().NotContain("87,5", "the measured components are left out too");
        }
    }

    [Fact]
    public async Task The_full_report_for_the_worker_holds_every_component_with_its_argumentation()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);

        var (pages, _) = await ReportAsync(client, id, "Worker");
        var all = string.Join(' ', pages);

        pages[0].Should().Contain("Volledige rapportage voor de werknemer").And.Contain("Weggelaten").And.Contain("Versie 1");
        all.Should().Contain("71,4%").And.Contain("87,5%");
        foreach (var canary in Canaries)
        {
            all.Should().Contain(canary);
        }
    }

    [Fact]
    public async Task Each_report_is_recorded_and_downloads_once_for_its_own_user_only()
    {
        var (assessor, client, municipality) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);

        var html = await PostReportAsync(client, id, "Decision");
        var downloadUrl = DownloadLink().Match(html).Groups[1].Value;
        var colleague = await SignInAsync(fixture, await fixture.CreateUserAsync(municipality, Role.WageValueAssessor));
        (await colleague.GetAsync(downloadUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a download is for the user who made it");

        var download = await client.GetAsync(downloadUrl);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Headers.CacheControl!.NoStore.Should().BeTrue();
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        var fileName = download.Content.Headers.ContentDisposition.FileName!.Trim('"');
        fileName.Should().StartWith("loonwaarde-LW-").And.EndWith("-v1-beperkt-gemeente.pdf").And.NotContainAny("Kees", "Verbruggen", "Korenbloem");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        (await client.GetAsync(downloadUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a download works once");

        var record = await fixture.InScopeAsync(async (_, db) => await db.ExportRecords.AsNoTracking().SingleAsync());
        record.Kind.Should().Be(ExportKind.WageValueReducedReport);
        record.WageValueAssessmentId.Should().Be(id);
        record.ParticipantId.Should().BeNull();
        record.RecipientOrganisationId.Should().Be(municipality.Id);
        record.SenderUserId.Should().Be(assessor.Id);
        record.Purpose.Should().Be("Loonwaarderapportage voor het besluit van de gemeente");
        record.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        record.SizeBytes.Should().Be(bytes.LongLength);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM pending_downloads")).Should().Be(0);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM audit_events WHERE action = 'wagevalue.report' AND subject_id = '{id}'")).Should().Be(1);
    }

    [Fact]
    public async Task A_download_expires_after_five_minutes()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);
        var html = await PostReportAsync(client, id, "Worker");

        fixture.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        (await client.GetAsync(DownloadLink().Match(html).Groups[1].Value)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_draft_has_no_report()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);

        var response = await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/rapportage", new() { ["Recipient"] = "Worker" });

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(Web.Pages.WageValue.RapportageModel.DraftMessage).And.NotContain("export-password");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM export_records")).Should().Be(0);
    }

    private static async Task<string> PostReportAsync(HttpClient client, Guid id, string recipient)
    {
        var response = await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/rapportage", new() { ["Recipient"] = recipient });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Makes a report, downloads it and reads it back with the password shown on the page.</summary>
    private static async Task<(IReadOnlyList<string> Pages, string Password)> ReportAsync(HttpClient client, Guid id, string recipient)
    {
        var html = await PostReportAsync(client, id, recipient);
        var password = WebUtility.HtmlDecode(Password().Match(html).Groups[1].Value);
        password.Should().NotBeNullOrEmpty();
        var download = await client.GetAsync(DownloadLink().Match(html).Groups[1].Value);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        var pdf = await download.Content.ReadAsByteArrayAsync();
        return (PdfText.Pages(pdf, password), password);
    }

    [GeneratedRegex("id=\"export-password\">([^<]+)<")]
    private static partial Regex Password();

    [GeneratedRegex("id=\"export-download\" href=\"([^\"]+)\"")]
    private static partial Regex DownloadLink();
}
