using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data.Configurations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Home;
using RmtCases.Web.Features.Retention;
using RmtCases.Web.Tests.Features.Audit;
using RmtCases.Web.Tests.Features.Exchange;
using RmtCases.Web.Tests.Infrastructure;
using RmtCases.Web.Tests.Participants;

namespace RmtCases.Web.Tests;

/// <summary>The home page (Pages/Index): the caseworker's recent files and the counts that need attention.</summary>
[Collection(WebCollection.Name)]
public sealed partial class IndexPageTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [GeneratedRegex("href=\"/deelnemers/([0-9a-f-]{36})\"")]
    private static partial Regex FileLink();

    [GeneratedRegex("id=\"(ontvangers-informeren|wissen-binnenkort)\"[^>]*>[^<]*<strong>([^<]*)</strong>")]
    private static partial Regex CountItem();

    private static IReadOnlyList<Guid> RecentIds(string html)
    {
        var start = html.IndexOf("id=\"recente-dossiers\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return FileLink().Matches(table).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
    }

    private static string? Count(string html, string id) =>
        CountItem().Matches(WebUtility.HtmlDecode(html)).FirstOrDefault(m => m.Groups[1].Value == id)?.Groups[2].Value;

    private async Task OpenAsync(HttpClient client, Guid participantId) =>
        await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participantId}");

    /// <summary>
    /// Issue 17: the caseworker's home page with every section filled. The region setting (1), then two batches
    /// (HomeSections): the recent views, the signal counts, the recipients-to-inform candidates and the keys of Mijn
    /// deelnemers, Werkvoorraad and Acties (1), and the participants they name (1): 3 measured; 11 when each section
    /// was read on its own, 13 before the signal counts were one statement. A round trip added per section or per row
    /// fails this.
    /// </summary>
    private const int MaxHomeRoundTrips = 3;

    [Fact]
    public async Task The_home_page_reads_its_sections_in_a_bounded_number_of_round_trips()
    {
        var held = await _arrange.ParticipantAsync("Vastgehouden");
        await _arrange.ParticipantAsync("Onbehandeld");
        await fixture.InsertAsync(new CaseAssignment
        {
            ParticipantId = held.Id, OrganisationId = _arrange.Municipality.Id, UserId = _arrange.MunicipalityUser.Id, Since = DateTimeOffset.UtcNow,
        });
        var plan = new RoutePlan { ParticipantId = held.Id, CreatedAt = DateTimeOffset.UtcNow, ChangedAt = DateTimeOffset.UtcNow };
        plan.Actions.Add(new PlanAction
        {
            ParticipantId = held.Id, CatalogueItemId = ActionCatalogueSeed.Intake, OwnerOrganisationId = _arrange.Municipality.Id,
            ResponsibleUserId = _arrange.MunicipalityUser.Id, DueOn = _arrange.Today.AddDays(-1), CreatedAt = DateTimeOffset.UtcNow, StatusChangedAt = DateTimeOffset.UtcNow,
        });
        await fixture.InsertAsync(plan);
        var client = await _arrange.MunicipalityAsync();
        await OpenAsync(client, held.Id);
        // Once uncounted: the first request of a session may read it and the declaration.
        await WebFixture.GetHtmlAsync(client, "/");

        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add(RoundTripCounter.Header, key);
        using var response = await client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Vastgehouden").And.Contain("Onbehandeld").And.Contain("Intakegesprek");
        RecentIds(html).Should().Equal(held.Id);
        var roundTrips = fixture.Factory.Services.GetRequiredService<RoundTripCounter>().Of(key);
        roundTrips.Should().BeGreaterThan(2, "the counter should see the request's statements");
        roundTrips.Should().BeLessThanOrEqualTo(MaxHomeRoundTrips, "each section is read in a fixed number of statements, not one per row");
    }

    /// <summary>
    /// Mijn deelnemers and Acties count and list only the caseworker's rows whose participant is in scope: when the
    /// newest hundred are out of scope (the union's involvement ended), the older ones fill the lists.
    /// </summary>
    [Fact]
    public async Task Held_cases_and_actions_out_of_scope_on_the_first_page_are_filled_from_the_next()
    {
        var now = DateTimeOffset.UtcNow;
        var participants = new List<Participant>();
        for (var i = 0; i < AttentionCount.Cap + 5; i++)
        {
            participants.Add(await _arrange.ParticipantAsync($"Houder{i:000}", involve: _arrange.Union.Id));
        }

        // The newest assignments and the soonest actions are of the first hundred, whose involvement then ends.
        for (var i = 0; i < participants.Count; i++)
        {
            await fixture.InsertAsync(new CaseAssignment
            {
                ParticipantId = participants[i].Id, OrganisationId = _arrange.Union.Id, UserId = _arrange.UnionUser.Id, Since = now.AddMinutes(-i - (i < AttentionCount.Cap ? 0 : 1000)),
            });
            var plan = new RoutePlan { ParticipantId = participants[i].Id, CreatedAt = now, ChangedAt = now };
            plan.Actions.Add(new PlanAction
            {
                ParticipantId = participants[i].Id, CatalogueItemId = ActionCatalogueSeed.Intake, OwnerOrganisationId = _arrange.Union.Id,
                ResponsibleUserId = _arrange.UnionUser.Id, DueOn = _arrange.Today.AddDays(i < AttentionCount.Cap ? -5 : -1), CreatedAt = now, StatusChangedAt = now,
            });
            await fixture.InsertAsync(plan);
        }

        var ended = string.Join(",", participants.Take(AttentionCount.Cap).Select(p => $"'{p.Id}'"));
        await fixture.Database.ExecuteAsync($"DELETE FROM case_involvements WHERE organisation_id = '{_arrange.Union.Id}' AND participant_id IN ({ended})");
        var client = await _arrange.UnionAsync();
        var html = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/"));

        var kept = participants.Skip(AttentionCount.Cap).Select(p => p.Person.Surname).ToList();
        foreach (var list in new[] { "mijn-deelnemers-lijst", "acties-lijst" })
        {
            var start = html.IndexOf($"id=\"{list}\"", StringComparison.Ordinal);
            start.Should().BeGreaterThan(0, $"{list} is shown");
            var section = html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
            foreach (var surname in kept)
            {
                section.Should().Contain(surname, $"{list} is filled from the next page");
            }

            section.Should().NotContain("Houder000").And.NotContain("Houder099");
        }

        html.Should().Contain("Te laat: <strong>5</strong>", "only the actions of cases still in scope are counted");
    }

    [Fact]
    public async Task The_recent_list_is_the_last_ten_distinct_files_the_user_opened_newest_first()
    {
        var participants = new List<Participant>();
        for (var i = 0; i < 12; i++)
        {
            participants.Add(await _arrange.ParticipantAsync($"Recent{i:00}"));
        }

        var client = await _arrange.MunicipalityAsync();
        foreach (var participant in participants)
        {
            await OpenAsync(client, participant.Id);
        }

        await OpenAsync(client, participants[0].Id);
        await OpenAsync(client, participants[0].Id);

        // A colleague's opening is theirs, not this user's.
        var colleague = await fixture.CreateUserAsync(_arrange.Municipality);
        var colleagueOnly = await _arrange.ParticipantAsync("Collega");
        await OpenAsync(await fixture.SignInAsAsync(colleague), colleagueOnly.Id);

        var html = await WebFixture.GetHtmlAsync(client, "/");

        var expected = new[] { participants[0] }.Concat(Enumerable.Range(3, 9).Reverse().Select(i => participants[i])).Select(p => p.Id).ToList();
        RecentIds(html).Should().Equal(expected);
        html.Should().Contain("Recent00").And.NotContain("Collega");
        (await fixture.Database.ScalarAsync<long>(
            $"SELECT count(DISTINCT participant_id) FROM audit_events WHERE user_id = '{_arrange.MunicipalityUser.Id}' AND action = '{AuditActions.ParticipantViewed}'"))
            .Should().Be(12, "the list is drawn from this user's own audit rows");
    }

    [Fact]
    public async Task A_file_moved_to_another_region_or_no_longer_involving_the_union_leaves_the_list()
    {
        var kept = await _arrange.ParticipantAsync("Blijft", involve: _arrange.Union.Id);
        var uninvolved = await _arrange.ParticipantAsync("Losgelaten", involve: _arrange.Union.Id);
        var moved = await _arrange.ParticipantAsync("Verhuisd", involve: _arrange.Union.Id);
        var client = await _arrange.UnionAsync();
        foreach (var participant in new[] { kept, uninvolved, moved })
        {
            await OpenAsync(client, participant.Id);
        }

        RecentIds(await WebFixture.GetHtmlAsync(client, "/")).Should().Equal(moved.Id, uninvolved.Id, kept.Id);

        await fixture.Database.ExecuteAsync($"DELETE FROM case_involvements WHERE participant_id = '{uninvolved.Id}' AND organisation_id = '{_arrange.Union.Id}'");
        await fixture.Database.ExecuteAsync($"UPDATE participants SET region_id = {CaseFileArrange.OtherRegion} WHERE id = '{moved.Id}'");
        var html = await WebFixture.GetHtmlAsync(client, "/");

        RecentIds(html).Should().Equal(kept.Id);
        html.Should().Contain("Blijft").And.NotContain("Losgelaten").And.NotContain("Verhuisd");
    }

    [Fact]
    public async Task The_erasures_due_count_matches_an_independent_count_and_the_union_counts_only_its_cases()
    {
        var grace = fixture.Factory.Services.GetRequiredService<IOptions<RetentionOptions>>().Value.WithdrawalGraceDays;
        var today = _arrange.Today;
        var involvedDue = await _arrange.ParticipantAsync("A", involve: _arrange.Union.Id);
        var due = await _arrange.ParticipantAsync("B");
        var overdue = await _arrange.ParticipantAsync("C");
        var later = await _arrange.ParticipantAsync("D", involve: _arrange.Union.Id);
        var otherRegion = await _arrange.ParticipantAsync("E", region: CaseFileArrange.OtherRegion);
        await _arrange.ParticipantAsync("F", involve: _arrange.Union.Id);
        async Task WithdrawAsync(Participant participant, DateOnly on) => await fixture.Database.ExecuteAsync(
            $"UPDATE participants SET status = {(int)ParticipantStatus.Withdrawn}, withdrawn_on = '{CaseFileArrange.Iso(on)}' WHERE id = '{participant.Id}'");
        await WithdrawAsync(involvedDue, today.AddDays(7 - grace));
        await WithdrawAsync(due, today.AddDays(1 - grace));
        await WithdrawAsync(overdue, today.AddDays(-1 - grace));
        await WithdrawAsync(later, today.AddDays(8 - grace));
        await WithdrawAsync(otherRegion, today.AddDays(-grace));

        var within = $"status = {(int)ParticipantStatus.Withdrawn} AND withdrawn_on + {grace} <= DATE '{CaseFileArrange.Iso(today)}' + 7";
        var regionCount = await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM participants WHERE region_id = {CaseFileArrange.Region} AND {within}");
        var unionCount = await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM participants p WHERE region_id = {CaseFileArrange.Region} AND {within} AND EXISTS (SELECT 1 FROM case_involvements i WHERE i.participant_id = p.id AND i.organisation_id = '{_arrange.Union.Id}')");
        regionCount.Should().Be(3);
        unionCount.Should().Be(1);

        Count(await WebFixture.GetHtmlAsync(await _arrange.MunicipalityAsync(), "/"), "wissen-binnenkort").Should().Be(regionCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Count(await WebFixture.GetHtmlAsync(await _arrange.UnionAsync(), "/"), "wissen-binnenkort").Should().Be(unionCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_recipients_to_inform_count_matches_an_independent_count()
    {
        // The application's clock runs ahead of the database's, as it may in production: order is the audit chain's.
        fixture.Clock.Advance(TimeSpan.FromHours(3));
        var changedAfter = await _arrange.ParticipantAsync("Na");
        var unchanged = await _arrange.ParticipantAsync("Ongewijzigd");
        var changedBefore = await _arrange.ParticipantAsync("Voor");
        var client = await _arrange.MunicipalityAsync();
        Count(await WebFixture.GetHtmlAsync(client, "/"), "ontvangers-informeren").Should().Be("0");

        await ShareFlow.ShareAsync(client, changedAfter.Id, _arrange.Union.Id, "af");
        await ShareFlow.ShareAsync(client, unchanged.Id, _arrange.Union.Id, "af");
        (await AuditSession.ChangePersonAsync(client, changedBefore.Id, "City", "Haarlem")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await ShareFlow.ShareAsync(client, changedBefore.Id, _arrange.Union.Id, "af");
        (await AuditSession.ChangePersonAsync(client, changedAfter.Id, "City", "Haarlem")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        // Exchanges followed, in the audit chain, by a change of a category the exchange held and no notice since.
        var independent = await fixture.Database.ScalarAsync<long>($"""
            SELECT count(DISTINCT r.participant_id) FROM export_records r
            JOIN audit_events x ON x.subject_id = r.id AND x.action = '{AuditActions.ExportCreated}'
            JOIN audit_events c ON c.participant_id = r.participant_id AND c.action = '{AuditActions.ParticipantChanged}'
                AND c.outcome = '{AuditOutcomes.Success}' AND c.chain_sequence > x.chain_sequence AND c.categories ~ ('[' || r.categories || ']')
            WHERE r.region_id = {CaseFileArrange.Region} AND NOT EXISTS (SELECT 1 FROM audit_events n WHERE n.participant_id = r.participant_id
                AND n.action = '{AuditActions.RecipientsNotified}' AND n.chain_sequence > c.chain_sequence)
            """);
        independent.Should().Be(1);

        var html = await WebFixture.GetHtmlAsync(client, "/");
        Count(html, "ontvangers-informeren").Should().Be("1");
    }

    [Fact]
    public async Task The_recent_list_reads_the_users_latest_view_rows_from_an_index_without_sorting()
    {
        // The statement's core as the page sends it; the table is small, so the planner is told to prefer indexes,
        // as it does by itself when the log holds years of views.
        await using var connection = new Npgsql.NpgsqlConnection(fixture.Database.OwnerConnectionString + ";Options=-c enable_seqscan=off -c enable_bitmapscan=off");
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"""
            EXPLAIN SELECT a.participant_id, a.chain_sequence FROM audit_events AS a
            WHERE a.user_id = @user AND a.action = '{AuditActions.ParticipantViewed}' AND a.outcome = '{AuditOutcomes.Success}' AND a.participant_id IS NOT NULL
            ORDER BY a.chain_sequence DESC LIMIT 500
            """, connection);
        command.Parameters.AddWithValue("user", _arrange.MunicipalityUser.Id);
        var plan = "";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan += reader.GetString(0) + "\n";
        }

        // The views' own index (migration HomePageIndexes), read backwards without visiting the user's list rows.
        plan.Should().Contain("Index Only Scan Backward using ix_audit_events_user_viewed").And.NotContain("Sort");
    }

    [Fact]
    public async Task An_administrator_sees_links_to_the_administration_pages_and_no_case_files()
    {
        var admin = await fixture.CreateUserAsync(_arrange.Municipality, Domain.Access.Role.Administrator);
        var html = await WebFixture.GetHtmlAsync(await fixture.SignInAsAsync(admin), "/");

        html.Should().Contain("href=\"/beheer/gebruikers\"").And.Contain("href=\"/beheer/bewaartermijnen\"").And.NotContain("Recent geopende dossiers");
    }
}
