using System.Net;
using RmtCases.Web.Features.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

/// <summary>Issue 15 point 3: the search is a POST that redirects to a GET on an opaque, per-user, short-lived key.</summary>
[Collection(WebCollection.Name)]
public sealed class SavedSearchTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<string> PostSearchAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await WebFixture.PostFormAsync(client, "/deelnemers", fields);
        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task A_search_redirects_to_an_opaque_key_whose_pages_are_gets_without_the_terms()
    {
        for (var i = 0; i < 27; i++)
        {
            await _arrange.ParticipantAsync($"Zoekterm{i:00}");
        }

        var client = await _arrange.MunicipalityAsync();

        var location = await PostSearchAsync(client, new() { ["Search.Name"] = "zoekterm", ["Search.Sort"] = "Name" });

        location.Should().MatchRegex("^/deelnemers\\?zoekopdracht=[0-9a-f]{32}$").And.NotContainEquivalentOf("zoekterm");
        var first = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, location));
        first.Should().Contain("27 deelnemers gevonden").And.Contain("Zoekterm00").And.NotContain("Zoekterm26")
            .And.Contain($"href=\"{location}&pagina=2\"");
        var second = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"{location}&pagina=2"));
        second.Should().Contain("Zoekterm26").And.NotContain("Zoekterm00");
        (await WebFixture.GetHtmlAsync(client, location)).Should().Contain("Zoekterm00", "the same key can be read again: a bookmark");

        // The terms are in the database under the user, never in a log line.
        (await fixture.Database.ScalarAsync<string>($"SELECT user_id::text FROM saved_searches WHERE id = '{location[^32..]}'"))
            .Should().Be(_arrange.MunicipalityUser.Id.ToString());
        fixture.Factory.Logs.Lines.Should().NotContain(l => l.Contains("zoekterm", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Another_users_key_answers_expired_or_unknown_not_their_results()
    {
        await _arrange.ParticipantAsync("Bakker");
        var colleague = await fixture.CreateUserAsync(_arrange.Municipality);
        var owner = await _arrange.MunicipalityAsync();
        var location = await PostSearchAsync(owner, new() { ["Search.Name"] = "bak" });

        var other = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(await fixture.SignInAsAsync(colleague), location));

        other.Should().Contain("Deze zoekopdracht is verlopen of onbekend").And.NotContain("Bakker").And.NotContain("deelnemer gevonden");
        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(owner, location)).Should().Contain("Bakker");
        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(owner, "/deelnemers?zoekopdracht=niet-een-sleutel&pagina=x"))
            .Should().Contain("Deze zoekopdracht is verlopen of onbekend");
    }

    [Fact]
    public async Task An_expired_search_answers_expired_and_is_deleted_by_the_next_search()
    {
        await _arrange.ParticipantAsync("Bakker");
        var client = await _arrange.MunicipalityAsync();
        var location = await PostSearchAsync(client, new() { ["Search.Name"] = "bak" });

        // Four hours on the clock would end the session first; the row's own expiry is what is tested.
        (await fixture.Database.ScalarAsync<double>($"SELECT extract(epoch FROM expires_at - created_at) FROM saved_searches")).Should().Be(SavedSearches.Lifetime.TotalSeconds);
        var past = fixture.Clock.GetUtcNow().AddSeconds(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        await fixture.Database.ExecuteAsync($"UPDATE saved_searches SET expires_at = '{past}'");

        var html = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, location));
        html.Should().Contain("Deze zoekopdracht is verlopen of onbekend").And.NotContain("Bakker");
        await PostSearchAsync(client, new() { ["Search.Name"] = "jan" });
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM saved_searches WHERE id = '{location[^32..]}'")).Should().Be(0);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM saved_searches")).Should().Be(1);
    }

    [Fact]
    public async Task Back_from_a_case_file_returns_to_the_search_at_the_page_last_shown()
    {
        Domain.Participants.Participant? last = null;
        for (var i = 0; i < 26; i++)
        {
            last = await _arrange.ParticipantAsync($"Visser{i:00}");
        }

        var client = await _arrange.MunicipalityAsync();
        var location = await PostSearchAsync(client, new() { ["Search.Name"] = "viss" });
        await WebFixture.GetHtmlAsync(client, $"{location}&pagina=2");

        var caseFile = await WebFixture.GetHtmlAsync(client, $"/deelnemers/{last!.Id}");
        caseFile.Should().Contain("<a class=\"utrecht-link\" href=\"/deelnemers?terug=1\">Terug naar de deelnemers</a>");
        var back = await client.GetAsync("/deelnemers?terug=1");

        back.StatusCode.Should().Be(HttpStatusCode.Redirect);
        back.Headers.Location!.OriginalString.Should().Be($"{location}&pagina=2");
    }

    [Fact]
    public async Task Without_a_search_back_goes_to_the_plain_list()
    {
        var client = await _arrange.MunicipalityAsync();

        var back = await client.GetAsync("/deelnemers?terug=1");

        back.Headers.Location!.OriginalString.Should().Be("/deelnemers");
    }

    [Fact]
    public async Task Searching_by_given_name_matches_the_start_of_any_given_name_accent_insensitively()
    {
        var ayse = await _arrange.ParticipantAsync("Bakker");
        var other = await _arrange.ParticipantAsync("Mulder");
        await fixture.Database.ExecuteAsync($"UPDATE participants SET person_given_names = 'Jan Pieter' WHERE id = '{other.Id}'");
        var client = await _arrange.MunicipalityAsync();

        (await WebFixture.SearchParticipantsAsync(client, new() { ["Search.GivenName"] = "ayse" })).Should().Contain("Bakker").And.NotContain("Mulder");
        (await WebFixture.SearchParticipantsAsync(client, new() { ["Search.GivenName"] = "piet" })).Should().Contain("Mulder").And.NotContain("Bakker");
        (await WebFixture.SearchParticipantsAsync(client, new() { ["Search.GivenName"] = "ieter" })).Should().Contain("Geen deelnemers gevonden");
        (await WebFixture.SearchParticipantsAsync(client, new() { ["Search.GivenName"] = "%" })).Should().Contain("Geen deelnemers gevonden");
        (await WebFixture.SearchParticipantsAsync(client, new() { ["Search.GivenName"] = "jan", ["Search.Name"] = "bak" })).Should().Contain("Geen deelnemers gevonden");
        _ = ayse;
    }
}
