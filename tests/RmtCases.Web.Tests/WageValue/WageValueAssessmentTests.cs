using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.WageValue;
using RmtCases.Web.Pages.WageValue;
using RmtCases.Web.Tests.Infrastructure;
using static RmtCases.Web.Tests.WageValue.WageValueArrange;

namespace RmtCases.Web.Tests.WageValue;

[Collection(WebCollection.Name)]
public sealed partial class WageValueAssessmentTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Assessor_creates_an_assessment_and_sees_the_hand_worked_wage_value()
    {
        var (_, client, _) = await AssessorAsync(fixture);

        var id = await CreateAsync(client);
        var details = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/loonwaarde/{id}"));

        Text(details, "loonwaarde").Should().Be("71%");
        Text(details, "prestatie-1").Should().Be("35,0%");
        Text(details, "prestatie-2").Should().Be("20,3%", "20,25 rounds half away from zero");
        Text(details, "prestatie-3").Should().Be("16,2%");
        details.Should().Contain("87,5%").And.Contain("Concept");

        var list = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/loonwaarde"));
        list.Should().Contain(WorkerName).And.Contain("Bakkerij De Korenbloem (voorgenomen)").And.Contain("71%")
            .And.Contain("bewaard", "assessors see the retention setting")
            .And.NotContain("WageValue:RetentionYearsAfterFinalisation", "a configuration key is no interface text (issue 15 point 13)");

        var stored = await fixture.InScopeAsync(async (_, db) => await db.WageValueAssessments.Include(a => a.Tasks).SingleAsync(a => a.Id == id));
        stored.Tasks.OrderBy(t => t.Position).Select(t => t.Quality).Should().Equal(87.5m, 100m, 95m);
        stored.ObservationDates.Should().Equal(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 9));
        stored.Status.Should().Be(AssessmentStatus.Draft);
        stored.VersionNumber.Should().Be(1);
        (await fixture.Audit.CountAsync(WageValueAuditActions.Created, subject: id)).Should().Be(1);
        (await fixture.Audit.CountAsync(WageValueAuditActions.Viewed, subject: id)).Should().Be(1);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM audit_events WHERE purpose LIKE '%Verbruggen%' OR fields LIKE '%Verbruggen%'")).Should().Be(0);
        fixture.Factory.Logs.Lines.Should().NotContain(line => line.Contains("Verbruggen") || line.Contains("Kanarie"), "logs hold ids, never values");
    }

    [Fact]
    public async Task Shares_that_do_not_add_up_to_100_are_refused_with_the_input_kept()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        string[][] tasks = [["Orderpicken", "80", "87,5", "100", "50"], ["Inpakken", "75", "100", "90", "30"], ["Schoonmaken", "100", "95", "85", "10"]];

        var response = await WebFixture.PostFormAsync(client, "/loonwaarde/nieuw", Form(tasks));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain(WageValueCalculator.ShareTotalMessage(90m)).And.Contain("nu 90%");
        html.Should().Contain("value=\"87,5\"").And.Contain("KanarieAandeel3").And.Contain($"value=\"{WorkerName}\"");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM wage_value_assessments")).Should().Be(0);
    }

    [Fact]
    public async Task Six_tasks_are_refused_with_all_six_rows_kept()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        string[][] tasks =
        [
            ["Taak een", "80", "90", "100", "20"], ["Taak twee", "80", "90", "100", "20"], ["Taak drie", "80", "90", "100", "20"],
            ["Taak vier", "80", "90", "100", "20"], ["Taak vijf", "80", "90", "100", "10"], ["Taak zes", "80", "90", "100", "10"],
        ];

        var response = await WebFixture.PostFormAsync(client, "/loonwaarde/nieuw", Form(tasks));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain(WageValueCalculator.TaskCountMessage).And.Contain("value=\"Taak zes\"").And.Contain("name=\"Input.Tasks[5].Name\"");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM wage_value_assessments")).Should().Be(0);
    }

    [Fact]
    public async Task A_bad_percentage_gets_a_Dutch_message_next_to_its_field_and_empty_rows_are_ignored()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var form = Form([["Orderpicken", "tachtig", "90", "100", "100"]]);
        form["Input.Tasks[1].Name"] = "";
        form["Input.Tasks[1].Tempo"] = "";

        var response = await WebFixture.PostFormAsync(client, "/loonwaarde/nieuw", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        html.Should().Contain("Vul bij taak 1 het tempo (T) in als getal, bijvoorbeeld 87,5.").And.Contain("value=\"tachtig\"")
            .And.Contain("href=\"#Input_Tasks_0__Tempo\"").And.NotContain("taak 2");
    }

    [Fact]
    public async Task Finalising_is_refused_without_the_workers_involvement_and_allowed_once_it_is_recorded()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var id = await CreateAsync(client, Form(workerInvolvement: false));

        var page = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/loonwaarde/{id}/definitief"));
        var refused = await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/definitief", new() { ["Version"] = "0" });

        page.Should().Contain(WageValueAssessmentRules.WorkerInvolvementMissingMessage);
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain(WageValueAssessmentRules.WorkerInvolvementMissingMessage);
        (await StatusAsync(id)).Should().Be(AssessmentStatus.Draft);

        var edit = await PostWithVersionAsync(client, $"/loonwaarde/{id}/wijzigen", Form(), "Input.Version");
        edit.StatusCode.Should().Be(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await edit.Content.ReadAsStringAsync()));
        await FinaliseAsync(client, id);

        (await StatusAsync(id)).Should().Be(AssessmentStatus.Final);
        (await fixture.Audit.CountAsync(WageValueAuditActions.Finalised, subject: id)).Should().Be(1);
    }

    [Fact]
    public async Task Finalising_is_refused_without_the_employers_input()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var id = await CreateAsync(client, Form(employerInput: false));

        var response = await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/definitief", new() { ["Version"] = "0" });

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(WageValueAssessmentRules.EmployerInputMissingMessage);
        (await StatusAsync(id)).Should().Be(AssessmentStatus.Draft);
    }

    [Fact]
    public async Task A_finalised_assessment_is_read_only()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);

        var get = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/loonwaarde/{id}/wijzigen"));
        var post = await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/wijzigen", Form(jobTitle: "Gewijzigd na definitief"));

        get.Should().Contain(WageValueAssessmentRules.ReadOnlyMessage).And.NotContain("name=\"Input.JobTitle\"");
        post.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync()).Should().Contain(WageValueAssessmentRules.ReadOnlyMessage);
        (await fixture.Database.ScalarAsync<string>($"SELECT job_title FROM wage_value_assessments WHERE id = '{id}'")).Should().Be("Magazijnmedewerker");
    }

    [Fact]
    public async Task A_correction_is_version_2_of_the_same_series_and_keeps_version_1()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var first = await CreateAsync(client);
        await FinaliseAsync(client, first);

        var correct = await WebFixture.PostFormAsync(client, $"/loonwaarde/{first}/corrigeren", []);
        correct.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var second = Guid.Parse(CorrectionId().Match(correct.Headers.Location!.OriginalString).Groups[1].Value);

        var versions = await fixture.InScopeAsync(async (_, db) => await db.WageValueAssessments.AsNoTracking().Include(a => a.Tasks)
            .OrderBy(a => a.VersionNumber).ToListAsync());
        versions.Select(v => (v.Id, v.VersionNumber, v.Status)).Should().Equal((first, 1, AssessmentStatus.Final), (second, 2, AssessmentStatus.Draft));
        versions[1].SeriesId.Should().Be(versions[0].SeriesId);
        versions[1].Tasks.Select(t => (t.Name, t.Quality, t.TempoArgumentation)).Should()
            .BeEquivalentTo(versions[0].Tasks.Select(t => (t.Name, t.Quality, t.TempoArgumentation)));
        versions[1].Tasks.Select(t => t.Id).Should().NotIntersectWith(versions[0].Tasks.Select(t => t.Id));

        var again = await WebFixture.PostFormAsync(client, $"/loonwaarde/{first}/corrigeren", []);
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).Should().Contain("Er is al een correctie in behandeling (versie 2)");

        var edit = await PostWithVersionAsync(client, $"/loonwaarde/{second}/wijzigen", Form([["Orderpicken", "90", "100", "100", "100"]]), "Input.Version");
        edit.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await FinaliseAsync(client, second);

        (await StatusAsync(first)).Should().Be(AssessmentStatus.Superseded);
        (await StatusAsync(second)).Should().Be(AssessmentStatus.Final);
        Text(WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/loonwaarde/{first}")), "loonwaarde").Should().Be("71%", "version 1 keeps its data");
        Text(WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/loonwaarde/{second}")), "loonwaarde").Should().Be("90%");
    }

    [Fact]
    public async Task A_concurrent_edit_is_refused_with_the_input_kept()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        var html = await WebFixture.GetHtmlAsync(client, $"/loonwaarde/{id}/wijzigen");
        var staleVersion = VersionValue().Match(html).Groups[1].Value;

        var first = await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/wijzigen", new(Form(jobTitle: "Eerste wijziging")) { ["Input.Version"] = staleVersion });
        var second = await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/wijzigen", new(Form(jobTitle: "Tweede wijziging")) { ["Input.Version"] = staleVersion });

        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()).Should().Contain(EditModel.ConcurrencyMessage).And.Contain("value=\"Tweede wijziging\"");
        (await fixture.Database.ScalarAsync<string>($"SELECT job_title FROM wage_value_assessments WHERE id = '{id}'")).Should().Be("Eerste wijziging");
    }

    [Fact]
    public async Task The_new_form_has_five_task_rows_and_no_inline_script()
    {
        var (_, client, _) = await AssessorAsync(fixture);

        var html = await WebFixture.GetHtmlAsync(client, "/loonwaarde/nieuw");

        html.Should().Contain("name=\"Input.Tasks[4].Share\"").And.NotContain("name=\"Input.Tasks[5].Name\"");
        // The one script is the layout's external site.js; the CSP forbids inline script.
        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=\"/js/site\\.js)").Should().BeEmpty();
        html.Should().Contain("utrecht-textbox").And.NotContain("data-val-required");
    }

    [Fact]
    public async Task A_worker_can_be_linked_to_an_rmt_participant_of_the_own_region_only()
    {
        var (_, client, municipality) = await AssessorAsync(fixture);
        var participant = await fixture.InsertAsync(Sample.Full(HomeRegion, municipality.Id, municipality.Id));
        var otherMunicipality = await OrganisationAsync(fixture, Domain.Organisations.OrganisationType.Municipality, OtherRegion);
        var elsewhere = await fixture.InsertAsync(Sample.Full(OtherRegion, otherMunicipality.Id, otherMunicipality.Id));

        var refused = await WebFixture.PostFormAsync(client, "/loonwaarde/nieuw", new(Form()) { ["Input.ParticipantId"] = elsewhere.Id.ToString() });
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain(Web.Features.WageValue.WageValueWorkers.UnknownParticipantMessage);

        var id = await CreateAsync(client, new(Form()) { ["Input.ParticipantId"] = participant.Id.ToString() });
        (await fixture.Database.ScalarAsync<Guid>($"SELECT participant_id FROM wage_value_assessments WHERE id = '{id}'")).Should().Be(participant.Id);
        (await fixture.Audit.FirstAsync(WageValueAuditActions.Created)).ParticipantId.Should().Be(participant.Id);
    }

    private Task<AssessmentStatus> StatusAsync(Guid id) =>
        fixture.InScopeAsync(async (_, db) => await db.WageValueAssessments.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    /// <summary>The text of the element with the given id.</summary>
    internal static string Text(string html, string id)
    {
        var match = Regex.Match(html, $"id=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<");
        match.Success.Should().BeTrue($"the page should have an element #{id}");
        return match.Groups[1].Value.Trim();
    }

    [GeneratedRegex("^/loonwaarde/([0-9a-f-]{36})/wijzigen$")]
    private static partial Regex CorrectionId();

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionValue();
}
