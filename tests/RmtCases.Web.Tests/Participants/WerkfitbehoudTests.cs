using System.Net;
using Npgsql;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Features.Exchange;
using RmtCases.Web.Tests.Features.Pdf;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

/// <summary>
/// Issue 14, point 3: under art. 3 of the Tijdelijke regeling aanvullende crisisdienstverlening COVID-19 only the
/// banenafspraak target group gets dienstverlening werkfitbehoud, so such a row is category g: union and employer
/// staff never see one, nor a trace of one; only gemeente and UWV register it, and only with the indication.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WerkfitbehoudTests(WebFixture fixture) : IAsyncLifetime
{
    private const string Cost = "4.321,00";
    private CaseFileArrange _arrange = null!;
    private Organisation _employers = null!;
    private Organisation _werkfitProvider = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
        _employers = await fixture.CreateOrganisationAsync(OrganisationType.EmployerOrganisation, CaseFileArrange.Region, "Werkgevers Voorbeeld");
        _werkfitProvider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, CaseFileArrange.Region, "Centrum Zuidas B.V.");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A participant in the target group with a werkfitbehoud row and a scholing row, both unions involved.</summary>
    private async Task<(Participant Participant, Guid Werkfit, Guid Scholing)> ArrangeAsync(bool? inTargetGroup = true, bool werkfitbehoud = true)
    {
        var participant = Sample.Full(CaseFileArrange.Region, _arrange.Municipality.Id, _werkfitProvider.Id, "Bakker");
        var werkfit = participant.ServiceDeliveries[0];
        werkfit.Cost = 4321m;
        if (!werkfitbehoud)
        {
            werkfit.ServiceType = ServiceType.AanvullendeCrisisdienstverlening;
        }

        var scholing = new ServiceDelivery
        {
            ServiceType = ServiceType.ScholingPraktijkleren, ProviderOrganisationId = _arrange.Provider.Id,
            StartDate = new DateOnly(2022, 1, 1), EndDate = new DateOnly(2022, 6, 30), Cost = 250m,
        };
        participant.ServiceDeliveries.Add(scholing);
        participant.Involve(_arrange.Union.Id, DateTimeOffset.UtcNow);
        participant.Involve(_employers.Id, DateTimeOffset.UtcNow);
        await fixture.InsertAsync(participant);
        if (inTargetGroup is { } yes)
        {
            await fixture.InsertAsync(new BanenafspraakIndication
            {
                ParticipantId = participant.Id, RegionId = CaseFileArrange.Region, InTargetGroup = yes,
                RegisteredOn = new DateOnly(2021, 9, 1), RecordedByOrganisationId = _arrange.Municipality.Id,
            });
        }

        return (participant, werkfit.Id, scholing.Id);
    }

    private static void ShowsNoWerkfitbehoud(string html, string what) =>
        html.Should().NotContainEquivalentOf("werkfitbehoud", what).And.NotContain(Cost, what).And.NotContain("Centrum Zuidas", what);

    private static Task<string> SearchAsync(HttpClient client, Dictionary<string, string> fields) =>
        WebFixture.SearchParticipantsAsync(client, fields);

    [Fact]
    public async Task Union_and_employer_staff_never_see_a_werkfitbehoud_row_nor_a_trace_of_it()
    {
        var (participant, werkfit, scholing) = await ArrangeAsync();
        var file = $"/deelnemers/{participant.Id}";
        var gemeente = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(await _arrange.MunicipalityAsync(), file));
        gemeente.Should().Contain("Dienstverlening werkfitbehoud").And.Contain(Cost).And.Contain("Centrum Zuidas");

        var employerUser = await fixture.CreateUserAsync(_employers);
        foreach (var client in new[] { await _arrange.UnionAsync(), await fixture.SignInAsAsync(employerUser) })
        {
            var caseFile = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, file));
            caseFile.Should().Contain("Scholing via praktijkleren in het mbo").And.Contain("250,00");
            ShowsNoWerkfitbehoud(caseFile, "case file");
            caseFile.Should().NotContain($"dienstverlening/{werkfit}");

            await WebFixture.GetHtmlAsync(client, $"{file}/dienstverlening/{werkfit}", HttpStatusCode.NotFound);
            await WebFixture.GetHtmlAsync(client, $"{file}/dienstverlening/{scholing}");
            var form = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"{file}/dienstverlening/nieuw"));
            form.Should().Contain("Scholing via praktijkleren in het mbo").And.NotContainEquivalentOf("werkfitbehoud");

            var list = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/deelnemers"));
            list.Should().Contain("Bakker").And.NotContainEquivalentOf("werkfitbehoud", "the service filter offers no werkfitbehoud");
            (await SearchAsync(client, new() { ["Search.ServiceType"] = nameof(ServiceType.ScholingPraktijkleren) }))
                .Should().Contain("Bakker").And.Contain("1 deelnemer gevonden");
            var filtered = await SearchAsync(client, new() { ["Search.ServiceType"] = nameof(ServiceType.Werkfitbehoud) });
            filtered.Should().Contain("Kies een dienst uit de lijst.").And.NotContain("Bakker").And.NotContainEquivalentOf("werkfitbehoud");

            // What the caseworker can send carries no such row either: the PDF as the recipient reads it.
            var shared = await ShareFlow.ShareAsync(client, participant.Id, _arrange.Municipality.Id, "af");
            var pdf = string.Join(' ', PdfText.Pages(await client.GetByteArrayAsync(shared.DownloadUrl), shared.Password));
            pdf.Should().Contain("Scholing via praktijkleren").And.Contain("250,00");
            ShowsNoWerkfitbehoud(pdf, "PDF");
            // The provider is a possible recipient like any other; the row it delivers is what must not show.
            WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, ShareFlow.PathFor(participant.Id)))
                .Should().NotContainEquivalentOf("werkfitbehoud").And.NotContain(Cost);
        }
    }

    [Fact]
    public async Task Gemeente_registering_werkfitbehoud_without_the_indication_gets_the_rule_of_art_3()
    {
        var (participant, _, _) = await ArrangeAsync(inTargetGroup: false, werkfitbehoud: false);
        var client = await _arrange.MunicipalityAsync();
        var url = $"/deelnemers/{participant.Id}/dienstverlening/nieuw";
        var fields = new Dictionary<string, string>
        {
            ["Input.ServiceType"] = nameof(ServiceType.Werkfitbehoud),
            ["Input.ProviderId"] = _werkfitProvider.Id.ToString(),
            ["Input.StartDate"] = "2022-01-01",
            ["Input.EndDate"] = "2022-03-31",
            ["Input.Cost"] = "900",
        };

        var response = await CaseFileArrange.PostLoadedAsync(client, url, await WebFixture.GetHtmlAsync(client, url), fields);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())
            .Should().Contain("Dienstverlening werkfitbehoud is alleen mogelijk voor iemand die tot de doelgroep banenafspraak behoort")
            .And.Contain("artikel 3 van de Tijdelijke regeling aanvullende crisisdienstverlening COVID-19")
            .And.Contain("Er is een probleem").And.Contain("value=\"900\"");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM service_deliveries WHERE participant_id = '{participant.Id}' AND service_type = 1")).Should().Be(0);

        await fixture.Database.ExecuteAsync($"UPDATE banenafspraak_indications SET in_target_group = true WHERE participant_id = '{participant.Id}'");
        (await CaseFileArrange.PostLoadedAsync(client, url, await WebFixture.GetHtmlAsync(client, url), fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM service_deliveries WHERE participant_id = '{participant.Id}' AND service_type = 1")).Should().Be(1);
        (await fixture.Audit.FirstAsync(AuditActions.ParticipantChanged, participant: participant.Id)).Categories
            .Should().Be("fg", "the row reveals category g");
    }

    [Fact]
    public async Task A_union_cannot_register_werkfitbehoud_even_with_a_changed_form()
    {
        var (participant, _, _) = await ArrangeAsync();
        var client = await _arrange.UnionAsync();
        var url = $"/deelnemers/{participant.Id}/dienstverlening/nieuw";

        var response = await CaseFileArrange.PostLoadedAsync(client, url, await WebFixture.GetHtmlAsync(client, url), new()
        {
            ["Input.ServiceType"] = nameof(ServiceType.Werkfitbehoud),
            ["Input.ProviderId"] = _werkfitProvider.Id.ToString(),
            ["Input.StartDate"] = "2022-01-01",
            ["Input.EndDate"] = "2022-03-31",
            ["Input.Cost"] = "900",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("Kies de dienst.").And.NotContainEquivalentOf("banenafspraak").And.NotContainEquivalentOf("werkfitbehoud");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM service_deliveries WHERE participant_id = '{participant.Id}'")).Should().Be(2);
    }

    [Fact]
    public async Task An_export_carries_werkfitbehoud_only_to_gemeente_uwv_or_the_provider_that_delivers_it()
    {
        var (participant, _, _) = await ArrangeAsync();
        var uwv = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, CaseFileArrange.Region, "UWV Voorbeeld");
        var client = await _arrange.MunicipalityAsync();

        foreach (var (recipient, carries) in new[] { (_arrange.Union, false), (_employers, false), (_arrange.Provider, false), (uwv, true), (_werkfitProvider, true) })
        {
            var shared = await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "af");
            var text = string.Join(' ', PdfText.Pages(await client.GetByteArrayAsync(shared.DownloadUrl), shared.Password));

            text.Should().Contain("Scholing via praktijkleren", recipient.Name);
            if (carries)
            {
                text.Should().Contain("Dienstverlening werkfitbehoud", recipient.Name).And.Contain(Cost);
            }
            else
            {
                ShowsNoWerkfitbehoud(text, recipient.Name);
            }
        }
    }

    [Fact]
    public async Task The_database_keeps_werkfitbehoud_rows_from_sessions_that_may_not_see_category_g()
    {
        await ArrangeAsync();
        async Task<long> CountAsync(string options)
        {
            await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString + ";Options=-c rmt.region_id=11" + options);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM service_deliveries WHERE service_type = 1", connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        (await CountAsync("")).Should().Be(0, "row-level security, whatever the query asks");
        (await CountAsync(" -c rmt.sees_banenafspraak=on")).Should().Be(1);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM service_deliveries WHERE service_type = 3")).Should().Be(1);
    }

    [Fact]
    public async Task A_changed_werkfitbehoud_row_asks_to_inform_only_recipients_that_may_have_received_it()
    {
        var (participant, werkfit, _) = await ArrangeAsync();
        var uwv = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, CaseFileArrange.Region, "UWV Voorbeeld");
        var client = await _arrange.MunicipalityAsync();
        var union = await _arrange.UnionAsync();
        await ShareFlow.ShareAsync(client, participant.Id, _arrange.Union.Id, "af");
        await ShareFlow.ShareAsync(client, participant.Id, uwv.Id, "af");
        await ShareFlow.ShareAsync(union, participant.Id, _employers.Id, "af");
        var url = $"/deelnemers/{participant.Id}/dienstverlening/{werkfit}";

        var changed = await CaseFileArrange.PostLoadedAsync(client, url, await WebFixture.GetHtmlAsync(client, url), new()
        {
            ["Input.ServiceType"] = nameof(ServiceType.Werkfitbehoud),
            ["Input.ProviderId"] = _werkfitProvider.Id.ToString(),
            ["Input.StartDate"] = "2021-10-01",
            ["Input.EndDate"] = "2021-12-31",
            ["Input.Cost"] = "5000",
        });
        changed.StatusCode.Should().Be(HttpStatusCode.Redirect);

        static string Listed(string html)
        {
            var start = html.IndexOf("id=\"ontvangers-informeren\"", StringComparison.Ordinal);
            return start < 0 ? "" : html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        }

        var forGemeente = Listed(WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}")));
        forGemeente.Should().Contain("UWV Voorbeeld").And.NotContain(_arrange.Union.Name).And.NotContain(_employers.Name);
        Listed(await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}")).Should().BeEmpty("a union learns nothing of the change");
    }

    [Fact]
    public async Task The_indication_cannot_become_no_while_werkfitbehoud_is_registered()
    {
        var (participant, werkfit, _) = await ArrangeAsync();
        var client = await _arrange.MunicipalityAsync();
        var url = $"/deelnemers/{participant.Id}/doelgroep";
        var fields = new Dictionary<string, string> { ["Input.InTargetGroup"] = "false", ["Input.RegisteredOn"] = "2021-09-01" };

        var refused = await CaseFileArrange.PostLoadedAsync(client, url, await WebFixture.GetHtmlAsync(client, url), fields);

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("Deze deelnemer krijgt dienstverlening werkfitbehoud")
            .And.Contain("artikel 3 van de Tijdelijke regeling aanvullende crisisdienstverlening COVID-19");
        (await fixture.Database.ScalarAsync<bool>($"SELECT in_target_group FROM banenafspraak_indications WHERE participant_id = '{participant.Id}'")).Should().BeTrue();

        await fixture.Database.ExecuteAsync($"DELETE FROM service_deliveries WHERE id = '{werkfit}'");
        (await CaseFileArrange.PostLoadedAsync(client, url, await WebFixture.GetHtmlAsync(client, url), fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
