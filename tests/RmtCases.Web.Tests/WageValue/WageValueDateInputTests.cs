using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Infrastructure;
using RmtCases.Web.Tests.Participants;
using static RmtCases.Web.Tests.WageValue.WageValueArrange;

namespace RmtCases.Web.Tests.WageValue;

/// <summary>
/// Issue 15 point 4 on the wage-value form, the assessor's qualifications and the log: the same three fields
/// (dag, maand, jaar) as the case file, never a native date input that reads what was typed by the browser's locale.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WageValueDateInputTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string ImpossibleDate = "Deze datum bestaat niet. Controleer de dag en de maand.";

    private static void ExpectParts(string html, string field, string day, string month, string year)
    {
        CaseFileArrange.Value(html, $"{field}.dag").Should().Be(day, field);
        CaseFileArrange.Value(html, $"{field}.maand").Should().Be(month, field);
        CaseFileArrange.Value(html, $"{field}.jaar").Should().Be(year, field);
    }

    private static string ErrorOf(string html, string id) =>
        Regex.Match(WebUtility.HtmlDecode(html), $"id=\"{Regex.Escape(id)}-error\">([^<]*)<").Groups[1].Value;

    [Fact]
    public async Task The_assessment_form_asks_every_date_as_three_fields_and_stores_what_they_say()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var html = await WebFixture.GetHtmlAsync(client, "/loonwaarde/nieuw");
        html.Should().NotContain("type=\"date\"");
        foreach (var field in DateFields)
        {
            html.Should().Contain($"name=\"{field}.dag\"").And.Contain($"name=\"{field}.maand\"").And.Contain($"name=\"{field}.jaar\"");
        }

        // The second observation date left empty: the third still counts, as it did with one box per date.
        var form = Form();
        DateForm.Set(form, "Input.ObservationDates[2]", "2026-11-16");
        form["Input.ObservationDates[1].dag"] = form["Input.ObservationDates[1].maand"] = form["Input.ObservationDates[1].jaar"] = "";
        form = DateForm.InParts(form, "Input.WorkerDateOfBirth", "01", "9", "1990");
        var id = await CreateAsync(client, form);

        var stored = await fixture.InScopeAsync(async (_, db) => await db.WageValueAssessments.AsNoTracking().SingleAsync(a => a.Id == id));
        stored.WorkerDateOfBirth.Should().Be(new DateOnly(1990, 9, 1), "1 September, not 9 January");
        stored.ObservationDates.Should().Equal(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 16));
        stored.EmployerViewOn.Should().Be(new DateOnly(2026, 11, 10));

        ExpectParts(await WebFixture.GetHtmlAsync(client, $"/loonwaarde/{id}/wijzigen"), "Input.WorkerDateOfBirth", "1", "9", "1990");
    }

    [Theory]
    [InlineData("31", "2", "1990", ImpossibleDate)]
    [InlineData("5", "13", "1990", "Vul bij maand een getal in van 1 tot en met 12.")]
    [InlineData("12", "", "1990", "Vul ook de maand in.")]
    public async Task A_wrong_date_on_the_assessment_form_is_named_next_to_its_field_and_kept(string day, string month, string year, string message)
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var form = DateForm.InParts(Form(), "Input.WorkerDateOfBirth", day, month, year);

        var response = await WebFixture.PostFormAsync(client, "/loonwaarde/nieuw", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        ErrorOf(html, "Input_WorkerDateOfBirth").Should().Be(message);
        WebUtility.HtmlDecode(html).Should().Contain("href=\"#Input_WorkerDateOfBirth\"");
        ExpectParts(html, "Input.WorkerDateOfBirth", day, month, year);
        ExpectParts(html, "Input.ObservationDates[0]", "2", "11", "2026");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM wage_value_assessments")).Should().Be(0);
    }

    [Fact]
    public async Task The_qualification_dates_are_three_fields_and_an_impossible_one_is_named_and_kept()
    {
        var (assessor, _, _) = await AssessorAsync(fixture, qualified: false);
        var admin = await fixture.SignInAsAsync(await fixture.CreateUserAsync(await OrganisationAsync(fixture, OrganisationType.Municipality, HomeRegion), Role.Administrator));
        var url = $"/beheer/gebruikers/{assessor.Id}";
        var page = await WebFixture.GetHtmlAsync(admin, url);
        page.Should().NotContain("type=\"date\"").And.Contain("name=\"Qualification.DiplomaOn.dag\"").And.Contain("name=\"Qualification.KnowledgeUpdatedOn.jaar\"");

        var form = new Dictionary<string, string>
        {
            ["Qualification.DiplomaKind"] = nameof(Domain.WageValue.DiplomaKind.EquivalentByCollege),
            ["Qualification.DiplomaTitle"] = "Post-hbo loonwaarde",
        };
        form = DateForm.InParts(form, "Qualification.DiplomaOn", "31", "2", "2015");
        form = DateForm.InParts(form, "Qualification.ExperienceSince", "1", "3", "2016");
        form = DateForm.InParts(form, "Qualification.KnowledgeUpdatedOn", "1", "3", "2026");
        var bad = await WebFixture.PostFormAsync(admin, $"{url}?handler=Qualification", form, formPage: url);

        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await bad.Content.ReadAsStringAsync();
        ErrorOf(html, "Qualification_DiplomaOn").Should().Be(ImpossibleDate);
        ExpectParts(html, "Qualification.DiplomaOn", "31", "2", "2015");
        ExpectParts(html, "Qualification.ExperienceSince", "1", "3", "2016");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM assessor_qualifications")).Should().Be(0);

        form = DateForm.InParts(form, "Qualification.DiplomaOn", "28", "2", "2015");
        (await WebFixture.PostFormAsync(admin, $"{url}?handler=Qualification", form, formPage: url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<DateOnly>("SELECT diploma_on FROM assessor_qualifications")).Should().Be(new DateOnly(2015, 2, 28));
    }

    [Fact]
    public async Task The_log_filters_on_dates_of_three_fields_and_names_an_impossible_one()
    {
        var organisation = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, HomeRegion);
        var client = await fixture.SignInAsAsync(await fixture.CreateUserAsync(organisation, Role.Administrator));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var empty = await WebFixture.GetHtmlAsync(client, "/beheer/audit");
        empty.Should().NotContain("type=\"date\"").And.Contain("name=\"Filter.From.dag\"").And.Contain("name=\"Filter.To.jaar\"");

        var impossible = await WebFixture.GetHtmlAsync(client, "/beheer/audit?Filter.From.dag=31&Filter.From.maand=2&Filter.From.jaar=2026&Filter.To.dag=&Filter.To.maand=&Filter.To.jaar=");
        ErrorOf(impossible, "Filter_From").Should().Be(ImpossibleDate);
        ExpectParts(impossible, "Filter.From", "31", "2", "2026");
        WebUtility.HtmlDecode(impossible).Should().Contain("Geen gebeurtenissen");

        // Events from the day after tomorrow on: none; from yesterday on: this administrator's own reading of the log.
        var later = today.AddDays(2);
        var none = await WebFixture.GetHtmlAsync(client, $"/beheer/audit?Filter.From.dag={later.Day}&Filter.From.maand={later.Month}&Filter.From.jaar={later.Year}");
        WebUtility.HtmlDecode(none).Should().Contain("Geen gebeurtenissen");
        ExpectParts(none, "Filter.From", later.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), later.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), later.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var earlier = today.AddDays(-1);
        var some = await WebFixture.GetHtmlAsync(client, $"/beheer/audit?Filter.From.dag={earlier.Day}&Filter.From.maand={earlier.Month}&Filter.From.jaar={earlier.Year}");
        WebUtility.HtmlDecode(some).Should().Contain("Gebeurtenis 1 tot en met");
    }
}
