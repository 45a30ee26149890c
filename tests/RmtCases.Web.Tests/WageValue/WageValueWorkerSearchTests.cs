using System.Net;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.WageValue;
using RmtCases.Web.Tests.Infrastructure;
using static RmtCases.Web.Tests.WageValue.WageValueArrange;

namespace RmtCases.Web.Tests.WageValue;

/// <summary>
/// Issue 15 point 13: the assessor chooses the worker by searching the own region's participants (surname and
/// date of birth), never by pasting an id; another region's participant is never found.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WageValueWorkerSearchTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, string> Search(string surname, string day, string month, string year) =>
        DateForm.InParts(new Dictionary<string, string>(Form()) { ["Input.SearchSurname"] = surname }, "Input.SearchDateOfBirth", day, month, year);

    private static async Task<string> SearchAsync(HttpClient client, Dictionary<string, string> form)
    {
        var response = await WebFixture.PostFormAsync(client, "/loonwaarde/nieuw?handler=Zoeken", form, formPage: "/loonwaarde/nieuw");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_worker_is_found_by_surname_and_date_of_birth_in_the_own_region_only_and_linked()
    {
        var (_, client, municipality) = await AssessorAsync(fixture);
        var participant = await fixture.InsertAsync(Sample.Full(HomeRegion, municipality.Id, municipality.Id));
        var otherMunicipality = await OrganisationAsync(fixture, OrganisationType.Municipality, OtherRegion);
        var elsewhere = await fixture.InsertAsync(Sample.Full(OtherRegion, otherMunicipality.Id, otherMunicipality.Id));

        var form = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/loonwaarde/nieuw"));
        form.Should().NotContain("Nummer van de deelnemer").And.Contain("Deelnemer zoeken");

        // "Ozturk" meets "Öztürk", as in the participant list; the other region's Öztürk of the same birthday does not appear.
        var html = await SearchAsync(client, Search("ozturk", "17", "5", "1980"));
        html.Should().Contain($"value=\"{participant.Id}\"").And.Contain("geboren 17-05-1980");
        html.Should().NotContain(elsewhere.Id.ToString());
        html.Should().Contain($"value=\"{WorkerName}\"", "the rest of the form comes back as typed");
        Participants.CaseFileArrange.Value(html, "Input.SearchSurname").Should().Be("ozturk");

        var id = await CreateAsync(client, new(Form()) { ["Input.ParticipantId"] = participant.Id.ToString() });
        (await fixture.Database.ScalarAsync<Guid>($"SELECT participant_id FROM wage_value_assessments WHERE id = '{id}'")).Should().Be(participant.Id);

        // Editing shows the linked participant by name, chosen.
        var edit = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/loonwaarde/{id}/wijzigen"));
        edit.Should().MatchRegex($"<input type=\"radio\"[^>]*value=\"{participant.Id}\" checked");

        // Searching the other region's date of birth and name from here finds no one, and says so in Dutch.
        var none = await SearchAsync(client, Search("Öztürk", "18", "5", "1980"));
        none.Should().Contain(WageValueWorkers.NoMatchMessage).And.NotContain(elsewhere.Id.ToString());
        (await fixture.Audit.CountAsync(AuditActions.ParticipantListed)).Should().BeGreaterThanOrEqualTo(2);
    }

    [Theory]
    [InlineData("", "", "", "", WageValueWorkers.MissingTermsMessage)]
    [InlineData("Öztürk", "", "", "", WageValueWorkers.MissingTermsMessage)]
    [InlineData("Öztürk", "31", "2", "1980", "Deze datum bestaat niet. Controleer de dag en de maand.")]
    [InlineData("%' OR 1=1 --\u200b", "17", "5", "1980", null)]
    public async Task An_empty_or_garbage_search_is_answered_in_Dutch_and_lists_no_one(string surname, string day, string month, string year, string? message)
    {
        var (_, client, municipality) = await AssessorAsync(fixture);
        var participant = await fixture.InsertAsync(Sample.Full(HomeRegion, municipality.Id, municipality.Id));

        var html = await SearchAsync(client, Search(surname, day, month, year));

        html.Should().Contain("Er is een probleem").And.NotContain(participant.Id.ToString());
        if (message is not null)
        {
            html.Should().Contain(message);
        }

        FrameworkEnglish.In(FrameworkEnglish.TextOf(html)).Should().BeEmpty();
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM wage_value_assessments")).Should().Be(0);
    }
}
