using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Retention;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Figures;

/// <summary>
/// /stuurinformatie over HTTP against PostgreSQL: every figure's downloaded table against a count written
/// independently here (date ranges instead of the page's extract, C# percentiles instead of PostgreSQL's), the
/// suppression of what is small, what union staff see, and the figures before and after a purge.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class FiguresTests(WebFixture fixture) : IAsyncLifetime
{
    private const string Year = "2022";
    private const int Threshold = 5;
    private readonly GeneratedFigures _data = new(fixture);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly string[] _months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    [Fact]
    public async Task Every_figure_equals_an_independent_count_on_generated_data()
    {
        await _data.ArrangeAsync(participants: 900);
        var client = await fixture.SignInAsAsync(await fixture.CreateUserAsync(_data.Municipality));
        var checkedCells = 0;

        // Inflow and outflow per month.
        var flow = await CsvAsync(client, "instroom-uitstroom");
        for (var m = 0; m < 12; m++)
        {
            var (from, to) = MonthBounds(m);
            var inflow = await CountAsync($"SELECT count(*) FROM participants WHERE region_id = 11 AND registered_at >= '{from:O}' AND registered_at < '{to:O}'");
            var outflow = await CountAsync($"""
                SELECT count(*) FROM participants WHERE region_id = 11 AND (
                  (route_phase IN (5, 6) AND route_phase_since >= '{from:O}' AND route_phase_since < '{to:O}')
                  OR (route_phase NOT IN (5, 6) AND withdrawn_on >= '{Day(from)}' AND withdrawn_on < '{Day(to)}'))
                """);
            checkedCells += Expect(flow, $"{_months[m]} {Year}", 0, inflow) + Expect(flow, $"{_months[m]} {Year}", 1, outflow);
        }

        checkedCells += Expect(flow, "Totaal", 0, await CountAsync($"SELECT count(*) FROM participants WHERE region_id = 11 AND registered_at >= '{MonthBounds(0).From:O}' AND registered_at < '{MonthBounds(11).To:O}'"));

        // Participants per phase, now.
        var phases = await CsvAsync(client, "fasen");
        foreach (var phase in Enum.GetValues<RoutePhase>())
        {
            checkedCells += Expect(phases, phase.Label(), 0, await CountAsync($"SELECT count(*) FROM participants WHERE region_id = 11 AND route_phase = {(int)phase}"));
        }

        // Outcomes of the routes finished in the year.
        var outcomes = await CsvAsync(client, "resultaten");
        var (yearFrom, yearTo) = (MonthBounds(0).From, MonthBounds(11).To);
        foreach (var outcome in Enum.GetValues<RouteOutcome>())
        {
            checkedCells += Expect(outcomes, "Afgerond|" + outcome.Label(), 0, await CountAsync(
                $"SELECT count(*) FROM participants WHERE region_id = 11 AND route_phase = 5 AND route_outcome = {(int)outcome} AND route_phase_since >= '{yearFrom:O}' AND route_phase_since < '{yearTo:O}'"));
        }

        foreach (var reason in Enum.GetValues<RouteAbortReason>())
        {
            checkedCells += Expect(outcomes, "Afgebroken|" + reason.Label(), 0, await CountAsync(
                $"SELECT count(*) FROM participants WHERE region_id = 11 AND route_phase = 6 AND route_abort_reason = {(int)reason} AND route_phase_since >= '{yearFrom:O}' AND route_phase_since < '{yearTo:O}'"));
        }

        // Lead time: median and 80th percentile computed here from the rows.
        var leads = await CsvAsync(client, "doorlooptijd");
        var completed = await RowsAsync($"SELECT registered_at, route_phase_since FROM participants WHERE region_id = 11 AND route_phase = 5 AND route_phase_since >= '{yearFrom:O}' AND route_phase_since < '{yearTo:O}'",
            r => (Registered: r.GetFieldValue<DateTimeOffset>(0), Since: r.GetFieldValue<DateTimeOffset>(1)));
        for (var m = 0; m < 12; m++)
        {
            var (from, to) = MonthBounds(m);
            var days = completed.Where(c => c.Since >= from && c.Since < to).Select(c => (long)Math.Floor((c.Since - c.Registered).TotalDays)).Order().ToList();
            var row = leads[$"{_months[m]} {Year}"];
            if (days.Count >= Threshold)
            {
                row[1].Should().Be(Percentile(days, 0.5).ToString(CultureInfo.InvariantCulture), $"median of {_months[m]}");
                row[2].Should().Be(Percentile(days, 0.8).ToString(CultureInfo.InvariantCulture), $"80th percentile of {_months[m]}");
                checkedCells += 2;
            }
            else
            {
                row[1].Should().Be($"< {Threshold}");
            }
        }

        // Services per quarter, type and provider: count and money to the cent.
        var services = await CsvAsync(client, "dienstverlening");
        foreach (var quarter in Enumerable.Range(1, 4))
        {
            var from = new DateOnly(2022, quarter * 3 - 2, 1);
            var to = from.AddMonths(3);
            foreach (var type in Enum.GetValues<ServiceType>())
            {
                foreach (var provider in _data.Providers)
                {
                    var key = $"{quarter}e kwartaal {Year}|{type.Label()}|{provider.Name}";
                    var where = $"FROM service_deliveries s JOIN participants p ON p.id = s.participant_id WHERE p.region_id = 11 AND s.service_type = {(int)type} AND s.provider_organisation_id = '{provider.Id}' AND s.start_date >= '{from:yyyy-MM-dd}' AND s.start_date < '{to:yyyy-MM-dd}'";
                    var count = await CountAsync("SELECT count(*) " + where);
                    checkedCells += Expect(services, key, 0, count);
                    if (services.TryGetValue(key, out var row) && row[1] is not ("x" or "< 5"))
                    {
                        row[1].Should().Be((await fixture.Database.ScalarAsync<decimal>("SELECT coalesce(sum(s.cost), 0) " + where)).ToString("0.00", DutchFormat.Numbers), key);
                    }
                }
            }
        }

        // Exchanges per month and kind of recipient.
        var exports = await CsvAsync(client, "uitwisselingen");
        var kinds = new[] { OrganisationType.Municipality, OrganisationType.Uwv, OrganisationType.Union, OrganisationType.EmployerOrganisation, OrganisationType.ExternalProvider };
        for (var m = 0; m < 12; m++)
        {
            var (from, to) = MonthBounds(m);
            for (var k = 0; k < kinds.Length; k++)
            {
                checkedCells += Expect(exports, $"{_months[m]} {Year}", k, await CountAsync(
                    $"SELECT count(*) FROM export_records e JOIN organisations o ON o.id = e.recipient_organisation_id WHERE e.region_id = 11 AND o.type = {(int)kinds[k]} AND e.created_at >= '{from:O}' AND e.created_at < '{to:O}'"));
            }
        }

        checkedCells.Should().BeGreaterThan(100, "most cells are large enough to be shown and compared");
    }

    [Fact]
    public async Task Money_and_route_figures_are_the_same_after_the_purge_to_the_cent()
    {
        await _data.ArrangeAsync(participants: 400);
        var caseworker = await fixture.SignInAsAsync(await fixture.CreateUserAsync(_data.Municipality));
        var administrator = await fixture.SignInAsAsync(await fixture.CreateUserAsync(
            await fixture.CreateOrganisationAsync(OrganisationType.Administration, GeneratedFigures.Region), Role.Administrator));
        (await FixtureForm(administrator, "/beheer/budgetten", new() { ["Input.Year"] = Year, ["Input.RegionId"] = "11", ["Input.Personnel"] = "250.000,00", ["Input.Intervention"] = "1.234.567,89" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        string[] surviving = ["instroom-uitstroom", "resultaten", "doorlooptijd", "dienstverlening", "budget", "uitwisselingen"];
        async Task<Dictionary<string, string>> AllAsync(HttpClient client, string region) =>
            (await Task.WhenAll(surviving.Select(async f => (f, await RawCsvAsync(client, f, region))))).ToDictionary(x => x.f, x => x.Item2);
        var before = await AllAsync(caseworker, "");
        var beforeNational = await AllAsync(administrator, "landelijk");
        before["dienstverlening"].Should().Contain("Aanbieder Alfa");
        before["budget"].Should().Contain("1234567,89");

        var engine = fixture.Factory.Services.GetRequiredService<PurgeEngine>();
        var outcome = await engine.ExecuteAsync(new PurgeSettings(new DateOnly(2023, 1, 2), new DateOnly(2023, 1, 1), 28, BatchSize: 37), null, null, automatic: false, null, CancellationToken.None);
        outcome.Rows[PurgeEngine.ParticipantsTable].Should().Be(400);
        (await CountAsync("SELECT count(*) FROM participants")).Should().Be(0);

        var after = await AllAsync(caseworker, "");
        var afterNational = await AllAsync(administrator, "landelijk");
        foreach (var figure in surviving)
        {
            after[figure].Should().Be(before[figure], $"{figure} of the region survives the purge");
            afterNational[figure].Should().Be(beforeNational[figure], $"{figure} nationally survives the purge");
        }

        (await CountAsync("SELECT count(*) FROM information_schema.columns WHERE table_name = 'route_month_aggregates' AND column_name LIKE '%participant%'")).Should().Be(0);
    }

    [Fact]
    public async Task Union_staff_get_the_region_without_werkfitbehoud_or_the_budget()
    {
        await _data.ArrangeAsync(participants: 300);
        var union = await fixture.SignInAsAsync(await fixture.CreateUserAsync(_data.Union));
        var html = await WebFixture.GetHtmlAsync(union, $"/stuurinformatie?periode={Year}");
        html.Should().Contain("Dienstverlening per soort en aanbieder").And.Contain("Scholing via praktijkleren");
        html.Should().NotContainAny("werkfitbehoud", "Werkfitbehoud", "banenafspraak", "Kosten tegen het budget");
        (await union.GetAsync($"/stuurinformatie?handler=Csv&figuur=budget&periode={Year}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var services = await CsvAsync(union, "dienstverlening");
        var total = await CountAsync($"SELECT count(*) FROM service_deliveries s JOIN participants p ON p.id = s.participant_id WHERE p.region_id = 11 AND s.service_type <> 1 AND s.start_date >= '2022-01-01' AND s.start_date < '2023-01-01'");
        services[$"{Year}|Totaal|"][0].Should().Be(total.ToString(CultureInfo.InvariantCulture), "the year's total leaves werkfitbehoud out, so nothing can be subtracted");
    }

    [Fact]
    public async Task Small_numbers_are_suppressed_and_cannot_be_worked_out_from_the_totals()
    {
        await _data.ArrangeAsync(participants: 0);
        await fixture.InScopeAsync(async (_, db) =>
        {
            // January: 3 registrations, February 40, March 12: January is small, and the quarter's total would give it
            // away with February and March shown.
            foreach (var (month, count) in new[] { (1, 3), (2, 40), (3, 12) })
            {
                for (var i = 0; i < count; i++)
                {
                    var participant = Sample.Full(11, _data.Municipality.Id, _data.Providers[0].Id, surname: $"Klein{month}-{i}");
                    participant.RegisteredAt = new DateTimeOffset(2022, month, 10, 12, 0, 0, TimeSpan.Zero);
                    participant.RoutePhaseSince = participant.RegisteredAt;
                    db.Participants.Add(participant);
                }
            }

            await db.SaveChangesAsync();
        });
        var client = await fixture.SignInAsAsync(await fixture.CreateUserAsync(_data.Municipality));
        var flow = await CsvAsync(client, "instroom-uitstroom", period: "2022-K1");
        flow["januari 2022"][0].Should().Be("< 5");
        flow["februari 2022"][0].Should().Be("40");
        flow["maart 2022"][0].Should().Be("x", "the smaller neighbour is hidden, so that January cannot be had from the quarter's total");
        flow["Totaal"][0].Should().Be("55");

        // The same cells in the year's view: one pattern for every period.
        var year = await CsvAsync(client, "instroom-uitstroom");
        year["januari 2022"][0].Should().Be("< 5");
        year["maart 2022"][0].Should().Be("x");
        (await CsvAsync(client, "instroom-uitstroom", period: "2022-03"))["maart 2022"][0].Should().Be("x", "the month alone shows what the quarter hides");

        var html = await WebFixture.GetHtmlAsync(client, "/stuurinformatie?periode=2022-K1");
        html.Should().Contain("<title id=\"instroom-uitstroom-grafiek-title\">").And.Contain("role=\"img\"").And.Contain("<desc id=");
    }

    [Fact]
    public async Task An_administrator_cannot_work_out_a_region_s_small_cell_from_the_national_total_and_the_other_regions()
    {
        await _data.ArrangeAsync(participants: 0);
        var otherMunicipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, GeneratedFigures.OtherRegion);
        await fixture.InScopeAsync(async (_, db) =>
        {
            // Region 11: January 3 (small), February 40, March 12 (hidden so that the quarter does not give January).
            // Region 35: 10, 20 and 30, all shown on its page. Nationally 13, 60 and 42: 13 less 10 would be 3.
            foreach (var (region, organisation, month, count) in new[]
            {
                (11, _data.Municipality.Id, 1, 3), (11, _data.Municipality.Id, 2, 40), (11, _data.Municipality.Id, 3, 12),
                (35, otherMunicipality.Id, 1, 10), (35, otherMunicipality.Id, 2, 20), (35, otherMunicipality.Id, 3, 30),
            })
            {
                for (var i = 0; i < count; i++)
                {
                    var participant = Sample.Full(region, organisation, _data.Providers[0].Id, surname: $"Regio{region}-{month}-{i}");
                    participant.RegisteredAt = new DateTimeOffset(2022, month, 10, 12, 0, 0, TimeSpan.Zero);
                    participant.RoutePhaseSince = participant.RegisteredAt;
                    db.Participants.Add(participant);
                }
            }

            await db.SaveChangesAsync();
        });
        var caseworker = await fixture.SignInAsAsync(await fixture.CreateUserAsync(_data.Municipality));
        var administrator = await fixture.SignInAsAsync(await fixture.CreateUserAsync(
            await fixture.CreateOrganisationAsync(OrganisationType.Administration, GeneratedFigures.Region), Role.Administrator));
        (await CsvAsync(caseworker, "instroom-uitstroom"))["januari 2022"][0].Should().Be("< 5");

        // Every figure an administrator can download, for both regions with data and nationally (the other regions
        // are all 0): a cell suppressed in one region, shown nationally and shown in every other region, is the
        // national cell less the others.
        int[] regions = [GeneratedFigures.Region, GeneratedFigures.OtherRegion];
        var recovered = new List<string>();
        foreach (var figure in new[] { "instroom-uitstroom", "fasen", "resultaten", "doorlooptijd", "dienstverlening", "budget", "uitwisselingen" })
        {
            (await RawCsvAsync(administrator, figure, "11")).Should().Be(await RawCsvAsync(caseworker, figure),
                $"{figure}: a region's page is the same for an administrator and for the region's caseworkers");
            var national = await CsvAsync(administrator, figure, "landelijk");
            var views = new Dictionary<int, Dictionary<string, string[]>>();
            foreach (var region in regions)
            {
                views[region] = await CsvAsync(administrator, figure, region.ToString(CultureInfo.InvariantCulture));
            }

            foreach (var (row, cells) in national)
            {
                // A median does not add up over regions; the routes it is taken over do.
                for (var c = 0; c < (figure == "doorlooptijd" ? 1 : cells.Length); c++)
                {
                    if (Number(cells[c]) is not { } total)
                    {
                        continue;
                    }

                    decimal? Cell(int region) => views[region].TryGetValue(row, out var shown) ? Number(shown[c]) : 0;
                    var hidden = regions.Where(r => views[r].TryGetValue(row, out var shown) && shown[c] is "x" or "< 5").ToList();
                    if (hidden.Count == 1 && regions.Except(hidden).All(r => Cell(r) is not null))
                    {
                        recovered.Add($"{figure}, {row}, column {c}: region {hidden[0]} is {total - regions.Except(hidden).Sum(r => Cell(r)!.Value)}");
                    }
                }
            }
        }

        recovered.Should().BeEmpty();
        (await CsvAsync(administrator, "instroom-uitstroom", "landelijk"))["februari 2022"][0].Should().Be("60", "a national cell of shown regions' cells is shown");
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, DutchFormat.Numbers, out var n) ? n : null;

    [Fact]
    public async Task A_period_that_is_not_in_the_list_gets_a_dutch_message_and_the_current_year()
    {
        await _data.ArrangeAsync(participants: 0);
        var client = await fixture.SignInAsAsync(await fixture.CreateUserAsync(_data.Municipality));
        var html = await WebFixture.GetHtmlAsync(client, "/stuurinformatie?periode=2022-13");
        html.Should().Contain("Fout: Stuurinformatie").And.Contain("Kies een periode uit de lijst.").And.Contain("Er is een probleem");
        (await client.GetAsync("/stuurinformatie?handler=Csv&figuur=onbekend")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var response = await client.GetAsync($"/stuurinformatie?handler=Xlsx&figuur=instroom-uitstroom&periode={Year}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(2).Should().Equal((byte)'P', (byte)'K');
    }

    [Fact]
    public async Task A_caseworker_sees_only_their_region_and_an_administrator_every_region()
    {
        await _data.ArrangeAsync(participants: 200);
        var caseworker = await fixture.SignInAsAsync(await fixture.CreateUserAsync(_data.Municipality));
        var regional = await CsvAsync(caseworker, "instroom-uitstroom", region: "35");
        var inRegion = await CountAsync("SELECT count(*) FROM participants WHERE region_id = 11 AND registered_at >= '2021-12-31T23:00:00Z' AND registered_at < '2022-12-31T23:00:00Z'");
        regional["Totaal"][0].Should().Be(inRegion.ToString(CultureInfo.InvariantCulture), "a caseworker's region is their own, whatever the URL says");

        var administrator = await fixture.SignInAsAsync(await fixture.CreateUserAsync(
            await fixture.CreateOrganisationAsync(OrganisationType.Administration, 11), Role.Administrator));
        var national = await CsvAsync(administrator, "instroom-uitstroom", region: "landelijk");
        var all = await CountAsync("SELECT count(*) FROM participants WHERE registered_at >= '2021-12-31T23:00:00Z' AND registered_at < '2022-12-31T23:00:00Z'");
        national["Totaal"][0].Should().Be(all.ToString(CultureInfo.InvariantCulture));
        var other = await CsvAsync(administrator, "instroom-uitstroom", region: "35");
        other["Totaal"][0].Should().Be((all - inRegion).ToString(CultureInfo.InvariantCulture));
        var page = await WebFixture.GetHtmlAsync(administrator, "/stuurinformatie?periode=2022&regio=landelijk");
        page.Should().NotContain("Cijfer1", "no name of a participant reaches an administrator");
    }

    [Fact]
    public async Task A_budget_with_a_bad_amount_keeps_the_input_and_says_why()
    {
        var administrator = await fixture.SignInAsAsync(await fixture.CreateUserAsync(
            await fixture.CreateOrganisationAsync(OrganisationType.Administration, 11), Role.Administrator));
        var response = await FixtureForm(administrator, "/beheer/budgetten", new() { ["Input.Year"] = Year, ["Input.RegionId"] = "11", ["Input.Personnel"] = "twaalf", ["Input.Intervention"] = "-5" });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Vul een bedrag in euro&#x27;s in").And.Contain("value=\"twaalf\"").And.Contain("Het bedrag kan niet negatief zijn.");
        (await CountAsync("SELECT count(*) FROM region_budgets")).Should().Be(0);
    }

    private static Task<HttpResponseMessage> FixtureForm(HttpClient client, string url, Dictionary<string, string> fields) => WebFixture.PostFormAsync(client, url, fields);

    /// <summary>Whether the cell shows the count, or, when from 1 to 4, "&lt; 5", or "x"; 1 when a value was compared.</summary>
    private static int Expect(Dictionary<string, string[]> table, string row, int column, long expected)
    {
        table.Should().ContainKey(row);
        var text = table[row][column];
        if (expected is > 0 and < Threshold)
        {
            text.Should().Be($"< {Threshold}", $"{row}, column {column}: {expected} is small");
            return 0;
        }

        if (text == "x")
        {
            return 0;
        }

        text.Should().Be(expected.ToString(CultureInfo.InvariantCulture), $"{row}, column {column}");
        return 1;
    }

    private static long Percentile(List<long> sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Count) - 1];

    private static (DateTimeOffset From, DateTimeOffset To) MonthBounds(int month) =>
        (DutchFormat.StartOfDay(new DateOnly(2022, month + 1, 1)).ToUniversalTime(), DutchFormat.StartOfDay(new DateOnly(2022, month + 1, 1).AddMonths(1)).ToUniversalTime());

    private static string Day(DateTimeOffset utc) => DutchFormat.DayInAmsterdam(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<long> CountAsync(string sql) => await fixture.Database.ScalarAsync<long>(sql);

    private async Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AllRegionsConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static async Task<string> RawCsvAsync(HttpClient client, string figure, string region = "", string period = Year)
    {
        var response = await client.GetAsync($"/stuurinformatie?handler=Csv&figuur={figure}&periode={period}" + (region == "" ? "" : $"&regio={region}"));
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"the CSV of {figure}");
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The CSV's rows by their labels joined with "|", each with its value cells.</summary>
    private static async Task<Dictionary<string, string[]>> CsvAsync(HttpClient client, string figure, string region = "", string period = Year)
    {
        var text = await RawCsvAsync(client, figure, region, period);
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();
        var header = lines[0];
        var labels = header.TakeWhile(h => h is "Maand" or "Fase" or "Traject" or "Resultaat of reden" or "Afgerond in" or "Kwartaal" or "Dienst" or "Aanbieder" or "Post").Count();
        return lines.Skip(1).ToDictionary(l => string.Join('|', l.Take(labels)), l => l.Skip(labels).ToArray());
    }
}
