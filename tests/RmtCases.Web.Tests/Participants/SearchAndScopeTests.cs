using System.Net;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

[Collection(WebCollection.Name)]
public sealed class SearchAndScopeTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Task<string> SearchAsync(HttpClient client, Dictionary<string, string> fields, int page = 1) =>
        WebFixture.SearchParticipantsAsync(client, fields, page);

    [Fact]
    public async Task Searching_Ozturk_finds_Öztürk_case_and_accent_insensitively()
    {
        await _arrange.ParticipantAsync("Öztürk");
        await _arrange.ParticipantAsync("Jansen");
        var client = await _arrange.MunicipalityAsync();

        var html = await SearchAsync(client, new() { ["Search.Name"] = "Ozturk" });

        html.Should().Contain("Öztürk").And.NotContain("Jansen").And.Contain("1 deelnemer gevonden");
    }

    [Fact]
    public async Task Searching_by_a_surname_prefix_finds_only_the_matching_participants()
    {
        await _arrange.ParticipantAsync("Jansen");
        await _arrange.ParticipantAsync("Janssen");
        await _arrange.ParticipantAsync("Bakker");
        var client = await _arrange.MunicipalityAsync();

        var html = await SearchAsync(client, new() { ["Search.Name"] = "JAN" });

        html.Should().Contain("Jansen").And.Contain("Janssen").And.NotContain("Bakker").And.Contain("2 deelnemers gevonden");
        (await SearchAsync(client, new() { ["Search.Name"] = "xyz" })).Should().Contain("Geen deelnemers gevonden");
    }

    [Fact]
    public async Task Searching_by_postcode_date_of_birth_status_and_service_type_narrows_the_list()
    {
        var bakker = await _arrange.ParticipantAsync("Bakker");
        var mulder = await _arrange.ParticipantAsync("Mulder");
        await fixture.Database.ExecuteAsync($"UPDATE participants SET person_postcode = '6221 AB', person_date_of_birth = '1970-01-02', status = 2 WHERE id = '{mulder.Id}'");
        await fixture.Database.ExecuteAsync($"UPDATE service_deliveries SET service_type = 3 WHERE participant_id = '{mulder.Id}'");
        var client = await _arrange.MunicipalityAsync();

        (await SearchAsync(client, new() { ["Search.Postcode"] = "6221ab" })).Should().Contain("Mulder").And.NotContain("Bakker");
        (await SearchAsync(client, new() { ["Search.Postcode"] = "1053" })).Should().Contain("Bakker").And.NotContain("Mulder");
        (await SearchAsync(client, new() { ["Search.DateOfBirth"] = "02-01-1970" })).Should().Contain("Mulder").And.NotContain("Bakker");
        (await SearchAsync(client, new() { ["Search.Status"] = "Withdrawn" })).Should().Contain("Mulder").And.NotContain("Bakker");
        (await SearchAsync(client, new() { ["Search.ServiceType"] = "Werkfitbehoud" })).Should().Contain("Bakker").And.NotContain("Mulder");
        (await SearchAsync(client, new() { ["Search.Name"] = "%" })).Should().Contain("Geen deelnemers gevonden");
        _ = bakker;
    }

    [Fact]
    public async Task The_service_filter_counts_each_participant_of_the_region_once()
    {
        // The service filter alone is counted from the services' own index: a participant with two such services is
        // one, a participant moved to another region takes its services along, and another filter still narrows.
        var bakker = await _arrange.ParticipantAsync("Bakker");
        var mulder = await _arrange.ParticipantAsync("Mulder");
        await _arrange.ParticipantAsync("Visser");
        await fixture.Database.ExecuteAsync($"""
            INSERT INTO service_deliveries (id, participant_id, service_type, provider_organisation_id, start_date, end_date, cost)
            SELECT gen_random_uuid(), participant_id, service_type, provider_organisation_id, start_date, end_date, cost
            FROM service_deliveries WHERE participant_id = '{bakker.Id}'
            """);
        await fixture.Database.ExecuteAsync($"UPDATE participants SET region_id = 12 WHERE id = '{mulder.Id}'");
        var client = await _arrange.MunicipalityAsync();

        (await SearchAsync(client, new() { ["Search.ServiceType"] = "Werkfitbehoud" }))
            .Should().Contain("2 deelnemers gevonden").And.Contain("Bakker").And.Contain("Visser").And.NotContain("Mulder");
        (await SearchAsync(client, new() { ["Search.ServiceType"] = "Werkfitbehoud", ["Search.Name"] = "bak" }))
            .Should().Contain("1 deelnemer gevonden").And.NotContain("Visser");
        (await SearchAsync(client, new() { ["Search.ServiceType"] = "ScholingPraktijkleren" })).Should().Contain("Geen deelnemers gevonden");
    }

    [Fact]
    public async Task The_surname_search_reads_a_range_of_the_region_surname_index_under_row_level_security()
    {
        // The page's statement as EF Core generates it. LIKE is not leakproof, so row-level security would keep it
        // away from the index; starts_with is, and with collation C the planner makes it a range of the index
        // whose order is also the page's order: no sort, no scan of the region. The test table is small, so the
        // planner is told to prefer indexes, as it does by itself at a million participants (bench explain).
        await using var connection = new Npgsql.NpgsqlConnection(fixture.Database.AppConnectionString + ";Options=-c rmt.region_id=11 -c enable_seqscan=off -c enable_bitmapscan=off");
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("""
            EXPLAIN SELECT p.id FROM participants AS p
            WHERE starts_with(p.person_surname_key, lower(rmt_unaccent(@name))) AND p.region_id = @region
            ORDER BY p.person_surname_key, p.person_given_names, p.id LIMIT 25
            """, connection);
        command.Parameters.AddWithValue("name", "Öztürk");
        command.Parameters.AddWithValue("region", 11);
        await using var reader = await command.ExecuteReaderAsync();
        var plan = "";
        while (await reader.ReadAsync())
        {
            plan += reader.GetString(0) + "\n";
        }

        plan.Should().Contain("ix_participants_region_surname").And.Contain("person_surname_key >= 'ozturk'").And.NotContain("Sort");
    }

    [Fact]
    public async Task Past_a_thousand_the_list_says_more_than_1000_and_offers_40_pages()
    {
        var jansen = await _arrange.ParticipantAsync("Jansen");
        var columns = await fixture.Database.ScalarAsync<string>(
            "SELECT string_agg(column_name, ', ') FROM information_schema.columns WHERE table_name = 'participants' AND is_generated = 'NEVER' AND column_name <> 'id'");
        async Task CopyAsync(int copies) => await fixture.Database.ExecuteAsync(
            $"INSERT INTO participants (id, {columns}) SELECT gen_random_uuid(), {columns} FROM participants, generate_series(1, {copies}) WHERE id = '{jansen.Id}'");
        await CopyAsync(999);
        var client = await _arrange.MunicipalityAsync();

        (await SearchAsync(client, new() { ["Search.Name"] = "jans" }, page: 40))
            .Should().Contain("1.000 deelnemers gevonden. U ziet 976 tot en met 1.000.").And.NotContain("Meer dan").And.Contain("Pagina 40 van 40");

        await CopyAsync(1);
        var html = await SearchAsync(client, new() { ["Search.Name"] = "jans" }, page: 99);

        html.Should().Contain("Meer dan 1.000 deelnemers gevonden. U ziet 976 tot en met 1.000.").And.Contain("Pagina 40 van 40");
        (await SearchAsync(client, new() { ["Search.Name"] = "bak" })).Should().Contain("Geen deelnemers gevonden");
    }

    [Fact]
    public async Task Results_sort_by_name_date_of_birth_or_registration()
    {
        var older = await _arrange.ParticipantAsync("Zwart");
        var younger = await _arrange.ParticipantAsync("Aalders");
        await fixture.Database.ExecuteAsync($"UPDATE participants SET person_date_of_birth = '1960-01-01', registered_at = now() - interval '2 days' WHERE id = '{older.Id}'");
        await fixture.Database.ExecuteAsync($"UPDATE participants SET person_date_of_birth = '1990-01-01', registered_at = now() - interval '5 days' WHERE id = '{younger.Id}'");
        var client = await _arrange.MunicipalityAsync();

        static bool ZwartFirst(string html) => html.IndexOf("Zwart", StringComparison.Ordinal) < html.IndexOf("Aalders", StringComparison.Ordinal);
        ZwartFirst(await SearchAsync(client, new() { ["Search.Sort"] = "Name" })).Should().BeFalse();
        ZwartFirst(await SearchAsync(client, new() { ["Search.Sort"] = "DateOfBirth" })).Should().BeTrue();
        ZwartFirst(await SearchAsync(client, new() { ["Search.Sort"] = "Registered" })).Should().BeTrue();
    }

    [Fact]
    public async Task The_search_terms_never_appear_in_a_url_or_the_log()
    {
        await _arrange.ParticipantAsync("Öztürk");
        var client = await _arrange.MunicipalityAsync();
        var html = await WebFixture.GetHtmlAsync(client, "/deelnemers");

        html.Should().MatchRegex("<form method=\"post\"");
        await SearchAsync(client, new() { ["Search.Name"] = "Zoekterm-Uniek" });
        fixture.Factory.Logs.Lines.Should().NotContain(l => l.Contains("Zoekterm-Uniek", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Results_are_paged_by_25_with_get_links_on_the_saved_search()
    {
        for (var i = 0; i < 27; i++)
        {
            await _arrange.ParticipantAsync($"Visser{i:00}");
        }

        var client = await _arrange.MunicipalityAsync();
        var first = await SearchAsync(client, new() { ["Search.Name"] = "visser", ["Search.Sort"] = "Name" });
        first.Should().Contain("27 deelnemers gevonden. U ziet 1 tot en met 25.").And.Contain("Visser00").And.NotContain("Visser26");
        first.Should().MatchRegex("href=\"/deelnemers\\?zoekopdracht=[0-9a-f]{32}&pagina=2\"");

        var second = await SearchAsync(client, new() { ["Search.Name"] = "visser", ["Search.Sort"] = "Name" }, page: 2);
        second.Should().Contain("U ziet 26 tot en met 27.").And.Contain("Visser26").And.NotContain("Visser00");
    }

    [Fact]
    public async Task A_union_caseworker_sees_only_participants_their_organisation_is_involved_in()
    {
        var involved = await _arrange.ParticipantAsync("Bakker", involve: _arrange.Union.Id);
        var other = await _arrange.ParticipantAsync("Mulder");
        var client = await _arrange.UnionAsync();

        var list = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/deelnemers"));
        list.Should().Contain("Bakker").And.NotContain("Mulder");

        await WebFixture.GetHtmlAsync(client, $"/deelnemers/{involved.Id}");
        await WebFixture.GetHtmlAsync(client, $"/deelnemers/{other.Id}", HttpStatusCode.NotFound);
        await WebFixture.GetHtmlAsync(client, $"/deelnemers/{other.Id}/persoon", HttpStatusCode.NotFound);
        (await fixture.Audit.CountAsync(AuditActions.AccessRefused, participant: other.Id))
            .Should().BeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Union_caseworker_never_sees_the_word_banenafspraak()
    {
        var involved = await _arrange.ParticipantAsync("Bakker", involve: _arrange.Union.Id);
        var client = await _arrange.UnionAsync();
        var pages = new[]
        {
            "/", "/deelnemers", "/deelnemers/nieuw", $"/deelnemers/{involved.Id}", $"/deelnemers/{involved.Id}/persoon",
            $"/deelnemers/{involved.Id}/arbeidsverleden/nieuw", $"/deelnemers/{involved.Id}/beeindigen",
            $"/deelnemers/{involved.Id}/opleiding/nieuw", $"/deelnemers/{involved.Id}/bemiddeling/nieuw",
            $"/deelnemers/{involved.Id}/dienstverlening/nieuw", $"/deelnemers/{involved.Id}/situatie",
        };

        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            html.Should().NotContainEquivalentOf("banenafspraak", page);
            WebUtility.HtmlDecode(html).Should().NotContainEquivalentOf("banenafspraak", page);
        }

        (await client.GetAsync($"/deelnemers/{involved.Id}/doelgroep")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var searched = await SearchAsync(client, new() { ["Search.Name"] = "bak" });
        searched.Should().NotContainEquivalentOf("banenafspraak");
    }

    [Fact]
    public async Task A_municipality_caseworker_sees_every_category_including_g()
    {
        var participant = await _arrange.ParticipantAsync("Bakker");
        var client = await _arrange.MunicipalityAsync();

        var html = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}"));

        html.Should().Contain("Persoonsgegevens").And.Contain("Opleidingsgegevens").And.Contain("Arbeidsverleden")
            .And.Contain("Huidige arbeidssituatie").And.Contain("Arbeidsmarktbemiddeling").And.Contain("Inzet aanvullende crisisdienstverlening")
            .And.Contain("Banenafspraak-indicatie").And.Contain("Re-integratiebureau Voorbeeld").And.Contain("€ 1.234,56");
        (await fixture.Audit.FirstAsync(AuditActions.ParticipantViewed, participant: participant.Id)).Categories
            .Should().Be("abcdefg");
    }

    [Fact]
    public async Task A_participant_of_another_region_is_not_found()
    {
        var elsewhere = await _arrange.ParticipantAsync("Lemmens", region: CaseFileArrange.OtherRegion);
        var client = await _arrange.MunicipalityAsync();

        await WebFixture.GetHtmlAsync(client, $"/deelnemers/{elsewhere.Id}", HttpStatusCode.NotFound);
        await WebFixture.GetHtmlAsync(client, $"/deelnemers/{elsewhere.Id}/arbeidsverleden/nieuw", HttpStatusCode.NotFound);
        await WebFixture.GetHtmlAsync(client, $"/deelnemers/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/deelnemers")).Should().NotContain("Lemmens");
    }
}
