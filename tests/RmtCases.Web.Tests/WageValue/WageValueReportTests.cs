using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.WageValue;
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
        var colleague = await fixture.SignInAsAsync(await fixture.CreateUserAsync(municipality, Role.WageValueAssessor));
        (await colleague.GetAsync(downloadUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a download is for the user who made it");

        var download = await client.GetAsync(downloadUrl);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Headers.CacheControl!.NoStore.Should().BeTrue();
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        var fileName = download.Content.Headers.ContentDisposition.FileName!.Trim('"');
        fileName.Should().StartWith("loonwaarde-LW-").And.EndWith("-v1-beperkt-gemeente.pdf").And.NotContainAny("Kees", "Verbruggen", "Korenbloem");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var second = await client.GetAsync(downloadUrl);
        second.StatusCode.Should().Be(HttpStatusCode.NotFound, "a download works once");
        WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()).Should().Contain("Deze downloadlink werkt niet meer").And.Contain("Maak een nieuwe export");

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
        (await fixture.Audit.CountAsync(WageValueAuditActions.Report, subject: id)).Should().Be(1);
    }

    /// <summary>
    /// Issue 16: a report takes the one export road (transaction, per-user lock, hourly cap) and the one download,
    /// which records its refusals. Reports have a cap of their own: a caseworker's exchanges do not use it up.
    /// </summary>
    [Fact]
    public async Task Reports_are_capped_per_hour_on_their_own_and_fetched_through_the_one_download()
    {
        var (assessor, client, municipality) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);
        await InsertExportsAsync(assessor, municipality, ExportKind.Exchange, count: 20);

        var html = await PostReportAsync(client, id, "Worker");
        var downloadUrl = DownloadLink().Match(html).Groups[1].Value;
        downloadUrl.Should().StartWith("/downloads/", "the exchange's download serves every encrypted file");
        (await client.GetAsync(downloadUrl)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(downloadUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await fixture.Audit.CountAsync(WageValueAuditActions.ReportDownloaded, subject: id)).Should().Be(1);
        (await fixture.Audit.CountAsync(AuditActions.ExportDownloaded, outcome: AuditOutcomes.Refused)).Should().Be(1, "a second use is a refusal on record");

        await InsertExportsAsync(assessor, municipality, ExportKind.WageValueReducedReport, count: 19);
        var refused = WebUtility.HtmlDecode(await (await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/rapportage", new() { ["Recipient"] = "Employer" })).Content.ReadAsStringAsync());

        refused.Should().Contain("U hebt het afgelopen uur al 20 rapportages gemaakt. Dat is het maximum.").And.NotContain("export-password");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM export_records WHERE wage_value_assessment_id = '{id}'")).Should().Be(1);
        (await fixture.Audit.CountAsync(AuditActions.ExportRefused, fields: "exports_per_hour", subject: id, user: assessor.Id))
            .Should().Be(1);
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

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(Web.Pages.WageValue.ReportModel.DraftMessage).And.NotContain("export-password");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM export_records")).Should().Be(0);
    }

    /// <summary>
    /// Besluit art. 3(1) and (3)(a), Regeling art. 2 and 3: both versions name the normfunctie, the assessor's
    /// qualification and the whole-percent loonwaarde; only the full one carries the views (AP z2020-12081).
    /// </summary>
    [Fact]
    public async Task Both_reports_follow_the_model_and_only_the_full_one_holds_the_views()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);

        var (full, _) = await ReportAsync(client, id, "Worker");
        var (reduced, _) = await ReportAsync(client, id, "Employer");
        var fullText = Flat(full);
        var reducedText = Flat(reduced);

        foreach (var text in new[] { fullText, reducedText })
        {
            text.Should().Contain("Deze loonwaarde betreft").And.Contain("Overzicht arbeidsprestatie")
                .And.Contain($"Normfunctie {NormFunction} (bron: Functiedatabank)")
                .And.Contain("Loonwaardedeskundige Test WageValueAssessor")
                .And.Contain(DiplomaTitle).And.Contain("werkervaring sinds 01-03-2016")
                .And.Contain("Aantal uren werknemer 32 uur per week, 8 uur per werkdag")
                .And.MatchRegex(@"Loonwaarde 71%(?!,)")
                .And.Contain("rekenkundig afgerond op hele procenten")
                .And.Contain("Vaststelling door het college").And.Contain("Nog niet vastgesteld");
        }

        fullText.Should().Contain("Uitleg per hoofdtaak").And.Contain("Zienswijze van de werknemer").And.Contain("Eens met de bevindingen")
            .And.Contain("Zienswijze van de werkgever").And.Contain("Oneens op onderdelen");
        reducedText.Should().NotContain("Uitleg per hoofdtaak").And.NotContain("Eens met de bevindingen").And.NotContain("Oneens op onderdelen")
            .And.NotContain("Geïnterviewde werkgever");
        foreach (var canary in Canaries)
        {
            reducedText.Should().NotContain(canary);
        }
    }

    [Fact]
    public async Task A_report_made_after_the_vaststelling_shows_the_decision()
    {
        var (_, client, municipality) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);
        var caseworker = await fixture.SignInAsAsync(await fixture.CreateUserAsync(municipality, Role.Caseworker));
        (await PostWithVersionAsync(caseworker, $"/loonwaarde/{id}/vaststellen", WageValueLawTests.Decision(fixture.Clock), "Input.Version"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var (reduced, _) = await ReportAsync(client, id, "Decision");

        Flat(reduced).Should().Contain("Kenmerk besluit LKS-2026/0142").And.Contain("Vastgestelde loonwaarde 71%").And.NotContain("Nog niet vastgesteld");
    }

    /// <summary>The pages as one line of words: PDF text comes back with line breaks wherever the layout wrapped.</summary>
    private static string Flat(IEnumerable<string> pages) => Whitespace().Replace(string.Join(' ', pages), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public async Task The_assessment_page_lists_the_reports_made_with_date_version_and_full_or_reduced()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);
        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/loonwaarde/{id}")).Should().Contain("Er is nog geen rapportage van deze meting gemaakt.");

        await PostReportAsync(client, id, "Worker");
        await PostReportAsync(client, id, "Employer");

        var html = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/loonwaarde/{id}"));
        var table = html[html.IndexOf("id=\"rapportages-tabel\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var records = await fixture.InScopeAsync(async (_, db) => await db.ExportRecords.AsNoTracking().ToListAsync());
        records.Should().HaveCount(2);
        table.Should().Contain("Versie 1").And.Contain(">Volledig<").And.Contain(">Beperkt<")
            .And.Contain("Loonwaarderapportage voor de werknemer").And.Contain("Loonwaarderapportage voor de werkgever");
        foreach (var record in records)
        {
            table.Should().Contain(record.Reference).And.Contain(Web.Features.Hosting.DutchFormat.DateTime(record.CreatedAt));
        }
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

    private async Task InsertExportsAsync(TestUser sender, Organisation recipient, ExportKind kind, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await fixture.InsertAsync(new ExportRecord
            {
                Reference = $"LW-TEST-{Guid.NewGuid():N}"[..30],
                Kind = kind,
                SenderUserId = sender.Id,
                SenderOrganisationId = sender.Organisation.Id,
                RecipientOrganisationId = recipient.Id,
                RegionId = HomeRegion,
                Purpose = "Eerder gemaakt",
                Categories = "",
                CreatedAt = fixture.Clock.GetUtcNow() - TimeSpan.FromMinutes(10),
                Sha256 = new string('0', 64),
                SizeBytes = 1,
            });
        }
    }
}
