using System.Net;
using System.Text.RegularExpressions;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace RmtCases.Web.Tests.Features.Retention;

[Collection(WebCollection.Name)]
public sealed partial class RetentionPageTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_manual_purge_needs_a_second_administrator_and_leaves_a_certificate()
    {
        var administration = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11, "Re-integratie Noord");
        var withdrawn = Sample.Full(11, administration.Id, provider.Id, surname: "Kanarievogelaar");
        withdrawn.Withdraw(new DateOnly(2022, 6, 1), Domain.Participants.WithdrawalReason.FoundWork);
        var participant = await fixture.InsertAsync(withdrawn);
        await fixture.InsertAsync(Sample.Full(11, administration.Id, provider.Id, surname: "Blijft"));
        await fixture.InsertAsync(new ExportRecord
        {
            Reference = "RMT-CERT-1", Kind = ExportKind.Exchange, SenderOrganisationId = administration.Id, RecipientOrganisationId = provider.Id,
            ParticipantId = participant.Id, RegionId = 11, Purpose = "Test", Categories = "a", CreatedAt = DateTimeOffset.UtcNow, Sha256 = new string('0', 64),
        });
        var first = await fixture.SignInAsAsync(await fixture.CreateUserAsync(administration, Role.Administrator));
        var second = await fixture.SignInAsAsync(await fixture.CreateUserAsync(administration, Role.Administrator));

        var page = await WebFixture.GetHtmlAsync(first, "/beheer/bewaartermijnen");
        page.Should().Contain("Tijdelijke regeling aanvullende crisisdienstverlening COVID-19, art. 27").And.Contain("id=\"due-participants\">1<");
        page.Should().NotContain("Kanarievogelaar", "administrators see no personal data");

        var refused = await WebFixture.PostFormAsync(first, "/beheer/bewaartermijnen/Prepare", new() { ["Confirmation"] = "ja" }, "/beheer/bewaartermijnen");
        (await refused.Content.ReadAsStringAsync()).Should().Contain("Typ VERNIETIGEN");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM purge_runs")).Should().Be(0);

        var prepared = await WebFixture.PostFormAsync(first, "/beheer/bewaartermijnen/Prepare", new() { ["Confirmation"] = "VERNIETIGEN" }, "/beheer/bewaartermijnen");
        prepared.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var runId = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM purge_runs");

        var self = await WebFixture.PostFormAsync(first, $"/beheer/bewaartermijnen/Approve?runId={runId}", [], "/beheer/bewaartermijnen");
        (await self.Content.ReadAsStringAsync()).Should().Contain("Een tweede beheerder moet deze vernietiging goedkeuren");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participants")).Should().Be(2);

        var approved = await WebFixture.PostFormAsync(second, $"/beheer/bewaartermijnen/Approve?runId={runId}", [], "/beheer/bewaartermijnen");
        var html = await approved.Content.ReadAsStringAsync();
        html.Should().Contain("gegevens van 1 deelnemers gewist");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participants")).Should().Be(1, "only the withdrawn participant was due");

        var link = CertificateLink().Match(html);
        link.Success.Should().BeTrue();
        var pdf = await second.GetAsync(link.Groups[1].Value);
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(' ', document.GetPages().Select(p => p.Text));
        text.Should().Contain("Vernietigingsverklaring").And.Contain("Re-integratie Noord").And.Contain("persoonsgegevens");
        text.Should().NotContain("Kanarievogelaar");
    }

    [Fact]
    public async Task Only_administrators_reach_the_retention_page()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var client = await fixture.SignInAsAsync(await fixture.CreateUserAsync(municipality));
        (await client.GetAsync("/beheer/bewaartermijnen")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("href=\"(/beheer/bewaartermijnen/certificate/[0-9a-f-]+)\"")]
    private static partial Regex CertificateLink();
}
