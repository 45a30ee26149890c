using System.Net;
using System.Security.Cryptography;
using System.Text;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Exchange;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Tests.Features.Pdf;
using RmtCases.Web.Tests.Infrastructure;
using UglyToad.PdfPig.Exceptions;

namespace RmtCases.Web.Tests.Features.Exchange;

[Collection(WebCollection.Name)]
public sealed class ShareTests(WebFixture fixture) : IAsyncLifetime
{
    private const string BanenafspraakLine = "Behoort tot de doelgroep banenafspraak";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Shared_pdf_holds_the_chosen_categories_and_not_the_others()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "UWV Groot Amsterdam");
        var client = await fixture.SignInAsAsync(sender);

        var shared = await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "abefg");
        var pdf = await client.GetByteArrayAsync(shared.DownloadUrl);
        var text = string.Join(' ', PdfText.Pages(pdf, shared.Password));

        text.Should().Contain("Vertrouwelijk")
            .And.Contain("Afzender Municipality").And.Contain("Test Caseworker").And.Contain("UWV Groot Amsterdam")
            .And.Contain(ShareFlow.PurposeLabel)
            .And.Contain("geheimhouding").And.Contain("Verwijder dit bestand")
            .And.Contain("Ayşe Öztürk").And.Contain("17-05-1980").And.Contain("Kinkerstraat")
            .And.Contain("Travel & Hospitality").And.Contain("ROC van Amsterdam")
            .And.Contain("Medewerker klantenservice")
            .And.Contain("Dienstverlening werkfitbehoud").And.Contain("Re-integratie Noord B.V.")
            .And.Contain("01-10-2021 t/m 31-12-2021").And.Contain("€ 1.234,56")
            .And.Contain(BanenafspraakLine + ": ja")
            .And.MatchRegex("Exportkenmerk RMT-20[0-9]{2}-[A-Z0-9]{8}").And.Contain("pagina 1 van");
        // Category c (work history) and d (current situation) were not chosen: KLM and the job title are in both.
        text.Should().NotContain("Grondstewardess").And.NotContain("KLM");
        text.Should().Contain("Niet opgenomen Arbeidsverleden, Huidige arbeidssituatie");
    }

    [Fact]
    public async Task Shared_pdf_is_aes_256_revision_6_and_does_not_open_without_the_password()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Uwv);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11, "ExternalProvider 11");
        var client = await fixture.SignInAsAsync(sender);

        var shared = await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "ab");
        var pdf = await client.GetByteArrayAsync(shared.DownloadUrl);

        var open = () => PdfText.Open(pdf).GetPage(1);
        open.Should().Throw<PdfDocumentEncryptedException>();
        var raw = Encoding.Latin1.GetString(pdf);
        raw.Should().Contain("/R 6").And.Contain("/V 5").And.Contain("/AESV3");
        raw.Should().NotContain("Öztürk").And.NotContain("Ozt");
        PdfText.Pages(pdf, shared.Password).Should().NotBeEmpty();
    }

    public static TheoryData<OrganisationType, OrganisationType, bool> SenderRecipientMatrix()
    {
        OrganisationType[] senders = [OrganisationType.Municipality, OrganisationType.Uwv, OrganisationType.Union, OrganisationType.EmployerOrganisation];
        var data = new TheoryData<OrganisationType, OrganisationType, bool>();
        foreach (var sender in senders)
        {
            foreach (var recipient in Enum.GetValues<OrganisationType>())
            {
                // AP z2021-2117, written out independently of the policy: g only from and to gemeente and UWV.
                var statutory = (OrganisationType t) => t is OrganisationType.Municipality or OrganisationType.Uwv;
                data.Add(sender, recipient, statutory(sender) && statutory(recipient));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SenderRecipientMatrix))]
    public async Task Banenafspraak_is_offered_in_step_2_exactly_as_the_policy_says(OrganisationType senderType, OrganisationType recipientType, bool offersG)
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, senderType);
        var recipient = await fixture.CreateOrganisationAsync(recipientType, 11, $"Ontvanger {recipientType}");
        var client = await fixture.SignInAsAsync(sender);

        var html = WebUtility.HtmlDecode(await ShareFlow.Step2HtmlAsync(client, participant.Id, recipient.Id));

        var actor = new Actor(sender.Id, sender.Organisation.Id, senderType, 11, Role.Caseworker, DeclarationAccepted: true);
        var policy = new AccessPolicy().ShareableCategories(actor, recipientType, 11);
        policy.Contains(Category.Banenafspraak).Should().Be(offersG, "the policy and the AP agree");
        foreach (var category in Categories.All)
        {
            var offered = html.Contains($"id=\"categorie-{category.Letter()}\"", StringComparison.Ordinal);
            offered.Should().Be(policy.Contains(category), $"{category} from {senderType} to {recipientType}");
        }

        if (!offersG)
        {
            html.Should().NotContain("Banenafspraak");
        }
    }

    [Fact]
    public async Task A_tampered_post_asking_banenafspraak_for_a_union_gives_a_pdf_without_it_and_is_recorded()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var union = await fixture.CreateOrganisationAsync(OrganisationType.Union, 11, "FNV Groot Amsterdam");
        var client = await fixture.SignInAsAsync(sender);

        var shared = await ShareFlow.ShareAsync(client, participant.Id, union.Id, "ag");
        var pdf = await client.GetByteArrayAsync(shared.DownloadUrl);
        var text = string.Join(' ', PdfText.Pages(pdf, shared.Password));

        text.Should().Contain("Öztürk");
        text.Should().NotContainEquivalentOf("banenafspraak");
        shared.Html.Should().NotContainEquivalentOf("banenafspraak");
        (await fixture.Database.ScalarAsync<string>($"SELECT categories FROM export_records WHERE participant_id = '{participant.Id}'")).Should().Be("a");
        (await fixture.Audit.CountAsync(AuditActions.ExportRefused, outcome: AuditOutcomes.Refused, categories: "g", participant: participant.Id, user: sender.Id))
            .Should().Be(1);
        (await fixture.Audit.FirstAsync(AuditActions.ExportCreated, participant: participant.Id)).Categories.Should().Be("a");
    }

    [Fact]
    public async Task Only_banenafspraak_for_a_union_gives_a_clear_message_and_no_export()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var union = await fixture.CreateOrganisationAsync(OrganisationType.Union, 11, "Union 11");
        var client = await fixture.SignInAsAsync(sender);

        var response = await ShareFlow.PostAsync(client, participant.Id, union.Id, "g");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        html.Should().Contain("Kies ten minste één soort gegevens om te delen.").And.NotContain("export-password");
        html.Should().Contain($"value=\"{ShareFlow.Purpose}\" checked=\"checked\"", "what was chosen is kept");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM export_records")).Should().Be(0);
        (await fixture.Audit.CountAsync(AuditActions.ExportRefused, categories: "g")).Should().Be(1);
    }

    [Fact]
    public async Task Purpose_is_required_and_chosen_from_the_list()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "Uwv 11");
        var client = await fixture.SignInAsAsync(sender);

        // Issue 14: free text (a name, a diagnosis) and the access report's own purpose are refused like no choice.
        foreach (var posted in new[] { "", "Jan Jansen heeft een burn-out", new string('x', 501), nameof(ExportPurpose.SubjectAccessRequest), nameof(ExportPurpose.LegacyUnknown), "7" })
        {
            var response = await ShareFlow.PostAsync(client, participant.Id, recipient.Id, "ab", purpose: posted);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            response.StatusCode.Should().Be(HttpStatusCode.OK, posted);
            html.Should().Contain("Kies waarvoor de ontvanger de gegevens nodig heeft.", posted).And.NotContain("export-password");
            html.Should().Contain("id=\"categorie-a\" name=\"Input.Categories\" value=\"a\" checked=\"checked\"", "the choice is kept");
        }

        var form = WebUtility.HtmlDecode(await ShareFlow.Step2HtmlAsync(client, participant.Id, recipient.Id));
        form.Should().Contain("type=\"radio\"").And.Contain("Aanmelding bij een dienstverlener").And.Contain("Overdracht binnen het RMT")
            .And.Contain("Bemiddeling naar een vacature").And.NotContain("<textarea");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM export_records")).Should().Be(0);
    }

    [Fact]
    public async Task The_21st_export_in_an_hour_is_refused_with_a_message_and_an_audit_row()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "Uwv 11");
        var client = await fixture.SignInAsAsync(sender);
        await InsertExportsAsync(sender, recipient, participant, count: 20, age: TimeSpan.FromMinutes(30));

        var page = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"{ShareFlow.PathFor(participant.Id)}?ontvanger={recipient.Id}"));
        var response = await ShareFlow.PostAsync(client, participant.Id, recipient.Id, "ab");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        page.Should().Contain("Dat is het maximum").And.NotContain("id=\"categorie-a\"", "no form when the limit is reached");
        html.Should().Contain("U hebt het afgelopen uur al 20 keer gegevens gedeeld. Dat is het maximum").And.NotContain("export-password");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM export_records")).Should().Be(20);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM pending_downloads")).Should().Be(0);
        (await fixture.Audit.CountAsync(AuditActions.ExportRefused, outcome: AuditOutcomes.Refused, fields: "exports_per_hour", user: sender.Id, participant: participant.Id))
            .Should().Be(1);
    }

    [Fact]
    public async Task Two_exports_at_once_at_the_limit_do_not_both_pass()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "UWV Groot Amsterdam");
        var client = await fixture.SignInAsAsync(sender);
        await InsertExportsAsync(sender, recipient, participant, count: 19, age: TimeSpan.FromMinutes(5));

        var responses = await Task.WhenAll(
            ShareFlow.PostAsync(client, participant.Id, recipient.Id, "a"),
            ShareFlow.PostAsync(client, participant.Id, recipient.Id, "b"));

        responses.Should().AllSatisfy(r => r.StatusCode.Should().Be(HttpStatusCode.OK));
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM export_records")).Should().Be(20);
        (await fixture.Audit.CountAsync(AuditActions.ExportRefused, fields: "exports_per_hour")).Should().Be(1);
    }

    [Fact]
    public async Task The_cap_is_the_setting_Exchange_MaxExportsPerHour()
    {
        await using var strict = new RmtAppFactory(fixture.Database, fixture.Clock, new Dictionary<string, string?>
        {
            ["Exchange:MaxExportsPerHour"] = "2",
        });
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Uwv);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11, "Gemeente Amsterdam");
        var client = await fixture.SignInAsAsync(sender, strict);

        await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "a");
        await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "b");
        var third = WebUtility.HtmlDecode(await (await ShareFlow.PostAsync(client, participant.Id, recipient.Id, "c")).Content.ReadAsStringAsync());

        third.Should().Contain("U hebt het afgelopen uur al 2 keer gegevens gedeeld.").And.NotContain("export-password");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM export_records")).Should().Be(2);
        (await fixture.Audit.CountAsync(AuditActions.ExportRefused, fields: "exports_per_hour")).Should().Be(1);
    }

    [Fact]
    public async Task Exports_older_than_an_hour_do_not_count_toward_the_limit()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "Uwv 11");
        var client = await fixture.SignInAsAsync(sender);
        await InsertExportsAsync(sender, recipient, participant, count: 20, age: TimeSpan.FromMinutes(61));
        await InsertExportsAsync(sender, recipient, participant, count: 19, age: TimeSpan.FromMinutes(10));

        await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "a");

        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM export_records")).Should().Be(40);
    }

    [Fact]
    public async Task Export_record_holds_who_what_why_and_the_sha256_of_the_downloaded_file()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "Uwv 11");
        var client = await fixture.SignInAsAsync(sender);

        var shared = await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "bcg");
        var response = await client.GetAsync(shared.DownloadUrl);
        var pdf = await response.Content.ReadAsByteArrayAsync();

        var record = (await fixture.InScopeAsync(async (_, db) =>
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.ExportRecords)))!;
        record.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        record.SizeBytes.Should().Be(pdf.Length);
        record.Should().BeEquivalentTo(new
        {
            Kind = ExportKind.Exchange,
            SenderUserId = sender.Id,
            SenderOrganisationId = sender.Organisation.Id,
            RecipientOrganisationId = recipient.Id,
            ParticipantId = (Guid?)participant.Id,
            RegionId = 11,
            Purpose = ShareFlow.Purpose,
            Categories = "bcg",
        });
        record.Reference.Should().MatchRegex("^RMT-20[0-9]{2}-[A-Z0-9]{8}$");
        shared.Html.Should().Contain(record.Reference);
        (await fixture.Audit.CountAsync(AuditActions.ExportCreated, categories: "bcg", purpose: ShareFlow.Purpose, participant: participant.Id, subject: record.Id))
            .Should().Be(1);
        (await fixture.Audit.CountAsync(AuditActions.ExportDownloaded, outcome: AuditOutcomes.Success, participant: participant.Id))
            .Should().Be(1);
    }

    [Fact]
    public async Task Download_is_an_attachment_named_by_reference_and_not_cached()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "Uwv 11");
        var client = await fixture.SignInAsAsync(sender);

        var shared = await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "a");
        var response = await client.GetAsync(shared.DownloadUrl);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var disposition = response.Content.Headers.ContentDisposition!;
        disposition.DispositionType.Should().Be("attachment");
        disposition.FileName!.Trim('"').Should().MatchRegex("^rmt-export-RMT-20[0-9]{2}-[A-Z0-9]{8}\\.pdf$");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        shared.DownloadUrl.Should().MatchRegex("^/downloads/[0-9a-f-]{36}$");
    }

    [Fact]
    public async Task Download_works_once_and_only_for_the_user_who_made_it()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "Uwv 11");
        var colleague = await fixture.CreateUserAsync(sender.Organisation);
        var client = await fixture.SignInAsAsync(sender);
        var shared = await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "a");
        var other = await fixture.SignInAsAsync(colleague);

        (await other.GetAsync(shared.DownloadUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await fixture.CreateClient().GetAsync(shared.DownloadUrl)).StatusCode.Should().NotBe(HttpStatusCode.OK, "signed out");
        (await client.GetAsync(shared.DownloadUrl)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(shared.DownloadUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM pending_downloads")).Should().Be(0);
    }

    [Fact]
    public async Task A_used_or_expired_download_link_gets_a_Dutch_page_saying_to_make_a_new_export()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "Uwv 11");
        var client = await fixture.SignInAsAsync(sender);
        var used = await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "a");
        (await client.GetAsync(used.DownloadUrl)).StatusCode.Should().Be(HttpStatusCode.OK);
        var expired = await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "a");
        fixture.Clock.Advance(DownloadEndpoint.Lifetime + TimeSpan.FromSeconds(1));

        foreach (var url in new[] { used.DownloadUrl, expired.DownloadUrl })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
            response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
            response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle().Which.Should().Be(SecurityHeaders.ContentSecurityPolicy);
            response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
            var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            text.Should().Contain("Deze downloadlink werkt niet meer").And.Contain("Maak een nieuwe export")
                .And.NotContain("Pagina niet gevonden");
        }
    }

    [Fact]
    public async Task Download_expires_after_five_minutes_and_the_file_is_deleted()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "Uwv 11");
        var client = await fixture.SignInAsAsync(sender);
        var shared = await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "a");

        fixture.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        (await client.GetAsync(shared.DownloadUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM pending_downloads")).Should().Be(0);
    }

    [Fact]
    public async Task The_password_and_the_persons_data_appear_in_no_log_line()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "Uwv 11");
        var client = await fixture.SignInAsAsync(sender);

        var shared = await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "abcdefg");
        await client.GetByteArrayAsync(shared.DownloadUrl);

        fixture.Factory.Logs.Lines.Should().NotBeEmpty();
        foreach (var secret in new[] { shared.Password, "Öztürk", "Kinkerstraat", ShareFlow.Purpose })
        {
            fixture.Factory.Logs.Lines.Should().NotContain(line => line.Contains(secret, StringComparison.OrdinalIgnoreCase), secret);
        }
    }

    [Fact]
    public async Task A_participant_out_of_scope_is_not_found_and_the_refusal_recorded()
    {
        // Recorded as every case-file page records it: only a participant of the user's own region is named
        // (row-level security hides the others); an id that names nobody leaves no row.
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11, "Municipality 11");
        var union = await fixture.CreateOrganisationAsync(OrganisationType.Union, 11, "Union 11");
        var otherRegion = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 12, "Municipality 12");
        var notInvolved = await fixture.InsertAsync(Sample.Full(11, municipality.Id, municipality.Id));
        var elsewhere = await fixture.InsertAsync(Sample.Full(12, otherRegion.Id, otherRegion.Id));
        var unionClient = await fixture.SignInAsAsync(await fixture.CreateUserAsync(union));
        var municipalityClient = await fixture.SignInAsAsync(await fixture.CreateUserAsync(municipality));

        await WebFixture.GetHtmlAsync(unionClient, ShareFlow.PathFor(notInvolved.Id), HttpStatusCode.NotFound);
        await WebFixture.GetHtmlAsync(municipalityClient, ShareFlow.PathFor(elsewhere.Id), HttpStatusCode.NotFound);
        await WebFixture.GetHtmlAsync(municipalityClient, ShareFlow.PathFor(Guid.NewGuid()), HttpStatusCode.NotFound);
        await WebFixture.GetHtmlAsync(municipalityClient, ShareFlow.PathFor(notInvolved.Id));

        (await fixture.Audit.CountAsync(AuditActions.AccessRefused, participant: notInvolved.Id))
            .Should().Be(1);
        (await fixture.Audit.RowsAsync(AuditActions.AccessRefused)).Count(e => e.ParticipantId is { } id && id != notInvolved.Id)
            .Should().Be(0, "neither a participant of another region nor an id of nobody is named in the trail");
    }

    [Theory]
    [InlineData(Role.Administrator, OrganisationType.Municipality)]
    [InlineData(Role.WageValueAssessor, OrganisationType.Municipality)]
    public async Task Users_who_do_not_share_get_not_found(Role role, OrganisationType type)
    {
        var organisation = await fixture.CreateOrganisationAsync(type, 11, "Eigen organisatie");
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "UWV Groot Amsterdam");
        var participant = await fixture.InsertAsync(Sample.Full(11, organisation.Id, organisation.Id));
        var client = await fixture.SignInAsAsync(await fixture.CreateUserAsync(organisation, role));

        await WebFixture.GetHtmlAsync(client, ShareFlow.PathFor(participant.Id), HttpStatusCode.NotFound);
        var post = await ShareFlow.PostAsync(client, participant.Id, recipient.Id, "a", formPage: "/");

        post.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM export_records")).Should().Be(0);
    }

    [Fact]
    public async Task Recipients_are_the_other_organisations_of_the_own_region()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Union);
        await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "UWV in de eigen regio");
        await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 12, "UWV in een andere regio");
        var client = await fixture.SignInAsAsync(sender);

        var html = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, ShareFlow.PathFor(participant.Id)));

        html.Should().Contain("UWV in de eigen regio").And.Contain("Re-integratie Noord B.V.");
        html.Should().NotContain("UWV in een andere regio").And.NotContain($"value=\"{sender.Organisation.Id}\"");
    }

    [Fact]
    public async Task Shared_with_leaves_an_export_of_banenafspraak_out_whole_for_a_union_viewer()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var uwv = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "UWV Groot Amsterdam");
        var union = await fixture.CreateOrganisationAsync(OrganisationType.Union, 11, "FNV Groot Amsterdam");
        await fixture.InsertAsync(new CaseInvolvement { ParticipantId = participant.Id, OrganisationId = union.Id, Since = DateTimeOffset.UtcNow });
        var client = await fixture.SignInAsAsync(sender);
        var shared = await ShareFlow.ShareAsync(client, participant.Id, uwv.Id, "ag");
        var reference = System.Text.RegularExpressions.Regex.Match(shared.Html, "RMT-20[0-9]{2}-[A-Z0-9]{8}").Value;

        var senderView = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, ShareFlow.PathFor(participant.Id)));
        var unionView = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(await fixture.SignInAsAsync(await fixture.CreateUserAsync(union)), ShareFlow.PathFor(participant.Id)));

        senderView.Should().Contain("id=\"gedeeld-met-tabel\"").And.Contain(reference)
            .And.Contain("Persoonsgegevens, Banenafspraak-indicatie").And.Contain(ShareFlow.PurposeLabel);
        unionView.Should().NotContain(reference, "an export concerning category g is left out whole, not shown without it")
            .And.NotContainEquivalentOf("banenafspraak");
    }

    private async Task InsertExportsAsync(TestUser sender, Organisation recipient, Participant participant, int count, TimeSpan age)
    {
        for (var i = 0; i < count; i++)
        {
            await fixture.InsertAsync(new ExportRecord
            {
                Reference = $"RMT-TEST-{Guid.NewGuid():N}"[..30],
                Kind = ExportKind.Exchange,
                SenderUserId = sender.Id,
                SenderOrganisationId = sender.Organisation.Id,
                RecipientOrganisationId = recipient.Id,
                ParticipantId = participant.Id,
                RegionId = 11,
                Purpose = "Eerder gedeeld",
                Categories = "a",
                CreatedAt = fixture.Clock.GetUtcNow() - age,
                Sha256 = new string('0', 64),
                SizeBytes = 1,
            });
        }
    }
}
