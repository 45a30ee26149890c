using System.Net;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Features.Exchange;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

/// <summary>
/// Issue 14, point 2: the administrators' organisation is of its own type, so it is never offered, preselected or
/// accepted as a recipient or as involved; gemeente and UWV can end an involvement.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class InvolvementTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Organisation> AdministrationAsync() =>
        fixture.CreateOrganisationAsync(OrganisationType.Administration, CaseFileArrange.Region, "Functioneel beheer RMT");

    private async Task<HttpResponseMessage> InvolveAsync(HttpClient client, Guid participantId, Guid organisationId)
    {
        var file = await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participantId}");
        return await client.PostAsync($"/deelnemers/{participantId}?handler=Involve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Involve.OrganisationId"] = organisationId.ToString(),
            ["Involve.Version"] = CaseFileArrange.Value(file, "Involve.Version")!,
            ["__RequestVerificationToken"] = CaseFileArrange.Value(file, "__RequestVerificationToken")!,
        }));
    }

    private Task<long> InvolvedAsync(Guid participantId, Guid organisationId) =>
        fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM case_involvements WHERE participant_id = '{participantId}' AND organisation_id = '{organisationId}'");

    [Fact]
    public async Task Share_step_1_preselects_nothing_and_never_offers_the_administrators_organisation()
    {
        var administration = await AdministrationAsync();
        await fixture.CreateUserAsync(administration, Role.Administrator);
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();

        var step1 = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, ShareFlow.PathFor(participant.Id)));
        var select = step1[step1.IndexOf("id=\"ontvanger\"", StringComparison.Ordinal)..];
        select = select[..select.IndexOf("</select>", StringComparison.Ordinal)];
        select.Should().Contain(_arrange.Union.Name).And.NotContain("Functioneel beheer").And.NotContain("selected");
        select[select.IndexOf("<option", StringComparison.Ordinal)..].Should().StartWith("<option value=\"\">Maak een keuze</option>", "the first option is no recipient");

        var none = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, ShareFlow.PathFor(participant.Id) + "?ontvanger="));
        none.Should().Contain("Kies de organisatie waarmee u gegevens deelt.").And.Contain("Er is een probleem").And.NotContain("Stap 2 van 2");

        var chosen = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"{ShareFlow.PathFor(participant.Id)}?ontvanger={administration.Id}"));
        chosen.Should().Contain("Kies een ontvanger uit de lijst.").And.NotContain("Stap 2 van 2");
        var posted = WebUtility.HtmlDecode(await (await ShareFlow.PostAsync(client, participant.Id, administration.Id, "a",
            formPage: $"{ShareFlow.PathFor(participant.Id)}?ontvanger={_arrange.Union.Id}")).Content.ReadAsStringAsync());
        posted.Should().Contain("Kies een ontvanger uit de lijst.").And.NotContain("export-password");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM export_records")).Should().Be(0);
    }

    [Fact]
    public async Task The_administrators_organisation_is_not_offered_nor_accepted_as_involved()
    {
        var administration = await AdministrationAsync();
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();

        var file = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}"));
        file.Should().Contain(_arrange.Union.Name).And.NotContain("Functioneel beheer");

        var response = await InvolveAsync(client, participant.Id, administration.Id);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Kies een organisatie uit de lijst.");
        (await InvolvedAsync(participant.Id, administration.Id)).Should().Be(0);
        (await InvolveAsync(client, participant.Id, _arrange.Union.Id)).StatusCode.Should().Be(HttpStatusCode.Redirect, "a union may be involved");
    }

    [Fact]
    public async Task Gemeente_ends_an_involvement_after_confirming_it_and_the_union_loses_the_case()
    {
        var participant = await _arrange.ParticipantAsync(involve: _arrange.Union.Id);
        var union = await _arrange.UnionAsync();
        await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}");
        var client = await _arrange.MunicipalityAsync();
        var confirm = $"/deelnemers/{participant.Id}/organisaties/{_arrange.Union.Id}/beeindigen";

        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}")).Should().Contain(confirm);
        var page = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, confirm));
        page.Should().Contain("Betrokkenheid beëindigen").And.Contain(_arrange.Union.Name).And.Contain("Annuleren");
        (await InvolvedAsync(participant.Id, _arrange.Union.Id)).Should().Be(1, "opening the confirmation changes nothing");

        var ended = await CaseFileArrange.PostLoadedAsync(client, confirm, page, []);

        ended.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await InvolvedAsync(participant.Id, _arrange.Union.Id)).Should().Be(0);
        (await fixture.Audit.CountAsync(AuditActions.InvolvementEnded, participant: participant.Id, subject: _arrange.Union.Id, user: _arrange.MunicipalityUser.Id))
            .Should().Be(1);
        (await union.GetAsync($"/deelnemers/{participant.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_registering_organisation_stays_involved_and_a_union_cannot_end_an_involvement()
    {
        var participant = await _arrange.ParticipantAsync(involve: _arrange.Union.Id);
        var client = await _arrange.MunicipalityAsync();
        var own = $"/deelnemers/{participant.Id}/organisaties/{_arrange.Municipality.Id}/beeindigen";

        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}")).Should().NotContain(own);
        var page = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, own));
        page.Should().Contain("kunt u niet beëindigen").And.NotContain("name=\"Version\"");
        var refused = await CaseFileArrange.PostLoadedAsync(client, own, await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}/organisaties/{_arrange.Union.Id}/beeindigen"), []);
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await InvolvedAsync(participant.Id, _arrange.Municipality.Id)).Should().Be(1);

        var union = await _arrange.UnionAsync();
        var byUnion = $"/deelnemers/{participant.Id}/organisaties/{_arrange.Union.Id}/beeindigen";
        (await union.GetAsync(byUnion)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var file = await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}");
        (await union.PostAsync(byUnion, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CaseFileArrange.Value(file, "__RequestVerificationToken")!,
        }))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await InvolvedAsync(participant.Id, _arrange.Union.Id)).Should().Be(1);
    }
}
