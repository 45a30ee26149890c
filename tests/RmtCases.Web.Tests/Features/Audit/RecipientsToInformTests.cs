using System.Net;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Features.Exchange;
using RmtCases.Web.Tests.Infrastructure;
using RmtCases.Web.Tests.Participants;

namespace RmtCases.Web.Tests.Features.Audit;

/// <summary>GDPR art. 19: after a correction the case file lists the organisations that received the corrected categories.</summary>
[Collection(WebCollection.Name)]
public sealed class RecipientsToInformTests(WebFixture fixture) : IAsyncLifetime
{
    private const string Section = "id=\"ontvangers-informeren\"";

    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string ListedPart(string html)
    {
        var start = html.IndexOf(Section, StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task A_recipient_of_a_changed_category_is_listed_until_told()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        await ShareFlow.ShareAsync(client, participant.Id, _arrange.Union.Id, "af");
        var file = $"/deelnemers/{participant.Id}";
        ListedPart(await WebFixture.GetHtmlAsync(client, file)).Should().BeEmpty("nothing changed since the share");

        (await AuditSession.ChangePersonAsync(client, participant.Id, "City", "Haarlem")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var html = await WebFixture.GetHtmlAsync(client, file);

        var listed = ListedPart(html);
        listed.Should().Contain(_arrange.Union.Name).And.Contain(_arrange.Union.Id.ToString());
        WebUtility.HtmlDecode(listed).Should().Contain("Persoonsgegevens").And.NotContain("crisisdienstverlening", "only category a changed");

        var response = await client.PostAsync($"{file}?handler=Notified", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Notify.OrganisationIds"] = _arrange.Union.Id.ToString(),
            ["__RequestVerificationToken"] = CaseFileArrange.Value(html, "__RequestVerificationToken")!,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        ListedPart(await WebFixture.GetHtmlAsync(client, file)).Should().BeEmpty("the union was told");
        (await fixture.Audit.FirstAsync(AuditActions.RecipientsNotified, participant: participant.Id, subject: _arrange.Union.Id)).Categories
            .Should().Be("a");

        // A later correction is news again.
        (await AuditSession.ChangePersonAsync(client, participant.Id, "City", "Zaandam")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        ListedPart(await WebFixture.GetHtmlAsync(client, file)).Should().Contain(_arrange.Union.Name);
    }

    [Fact]
    public async Task A_change_of_a_category_that_was_not_shared_lists_nobody()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        await ShareFlow.ShareAsync(client, participant.Id, _arrange.Union.Id, "af");

        (await AuditSession.SubmitAsync(client, $"/deelnemers/{participant.Id}/arbeidsverleden/nieuw", new()
        {
            ["Input.Employer"] = "Schiphol Group", ["Input.JobTitle"] = "Baliemedewerker", ["Input.StartDate"] = "2010-01-01",
            ["Input.EndDate"] = "2015-12-31", ["Input.HoursPerWeek"] = "36",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var html = await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}");
        html.Should().NotContain(Section);
    }

    [Fact]
    public async Task A_change_before_the_share_lists_nobody()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        (await AuditSession.ChangePersonAsync(client, participant.Id, "City", "Haarlem")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await ShareFlow.ShareAsync(client, participant.Id, _arrange.Union.Id, "af");

        (await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}")).Should().NotContain(Section, "the union received the corrected data");
    }
}
