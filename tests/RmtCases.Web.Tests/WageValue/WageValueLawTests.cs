using System.Net;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.WageValue;
using RmtCases.Web.Tests.Infrastructure;
using static RmtCases.Web.Tests.WageValue.WageValueArrange;

namespace RmtCases.Web.Tests.WageValue;

/// <summary>
/// Over HTTP, what the Besluit and the Regeling loonkostensubsidie Participatiewet 2021 make of an assessment:
/// main tasks, both views, the normfunctie, a qualified assessor, and the college's vaststelling by someone else.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WageValueLawTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Decided on the application's today: the test clock runs ahead of the wall clock as sign-ins advance it.</summary>
    public static Dictionary<string, string> Decision(TimeProvider clock, string percentage = "71") => new()
    {
        ["Input.DecidedOn"] = Web.Features.Hosting.DutchFormat.DayInAmsterdam(clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Reference"] = "LKS-2026/0142",
        ["Input.Percentage"] = percentage,
        ["Input.EffectiveFrom"] = "2027-01-01",
        ["Input.NextAssessmentOn"] = "2028-01-01",
    };

    [Fact]
    public async Task A_task_below_one_sixteenth_of_the_week_is_refused_with_the_article_and_the_input_kept()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        // 5% of 32 hours is 1,6 hours a week and 24 minutes a day of 8 hours: below both thresholds.
        var form = Form([["Orderpicken", "80", "87,5", "100", "95"], ["Koffie zetten", "100", "100", "100", "5"]]);

        var response = await WebFixture.PostFormAsync(client, "/loonwaarde/nieuw", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("Taak 2 is geen hoofdtaak: zij beslaat 5% van de werktijd per week")
            .And.Contain("Taak 2 is geen hoofdtaak: zij beslaat 24 minuten per werkdag")
            .And.Contain("(art. 1 Besluit loonkostensubsidie Participatiewet 2021)")
            .And.Contain("href=\"#Input_Tasks_1__Share\"").And.Contain("value=\"Koffie zetten\"").And.Contain("value=\"32\"");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM wage_value_assessments")).Should().Be(0);
    }

    [Fact]
    public async Task Bad_working_hours_get_a_Dutch_message_next_to_the_field()
    {
        var (_, client, _) = await AssessorAsync(fixture);

        var response = await WebFixture.PostFormAsync(client, "/loonwaarde/nieuw", Form(hoursPerWeek: "veel", hoursPerDay: "13"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("Vul de werktijd per week in als aantal uren, bijvoorbeeld 32 of 24,5.")
            .And.Contain(MainTaskRule.HoursPerWorkingDayMessage).And.Contain("value=\"veel\"");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM wage_value_assessments")).Should().Be(0);
    }

    [Theory]
    [InlineData("werkgever")]
    [InlineData("normfunctie")]
    [InlineData("werktijd")]
    public async Task Finalising_is_refused_with_the_articles_message_until_the_step_is_recorded(string missing)
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var form = missing switch
        {
            "werkgever" => Form(employerView: false),
            "normfunctie" => Form(normFunction: false),
            _ => Form(hoursPerWeek: "", hoursPerDay: ""),
        };
        var expected = missing switch
        {
            "werkgever" => WageValueAssessmentRules.EmployerViewMissingMessage,
            "normfunctie" => WageValueAssessmentRules.NormFunctionMissingMessage,
            _ => WageValueAssessmentRules.WorkingTimeMissingMessage,
        };
        var id = await CreateAsync(client, form);

        var refused = await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/definitief", new() { ["Version"] = "0" });

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain(expected);
        (await fixture.Database.ScalarAsync<int>($"SELECT status FROM wage_value_assessments WHERE id = '{id}'")).Should().Be((int)AssessmentStatus.Draft);

        (await PostWithVersionAsync(client, $"/loonwaarde/{id}/wijzigen", Form(), "Input.Version")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await FinaliseAsync(client, id);
    }

    [Fact]
    public async Task The_workers_waived_view_counts_as_the_opportunity_given()
    {
        var (_, client, _) = await AssessorAsync(fixture);
        var form = Form();
        form.Remove("Input.WorkerView");
        form["Input.WorkerViewOutcome"] = nameof(ViewOutcome.Waived);
        var id = await CreateAsync(client, form);

        await FinaliseAsync(client, id);

        (await fixture.Database.ScalarAsync<int>($"SELECT worker_view_outcome FROM wage_value_assessments WHERE id = '{id}'")).Should().Be((int)ViewOutcome.Waived);
    }

    [Theory]
    [InlineData(false, 1, AssessorQualificationRule.MissingMessage)]
    [InlineData(true, 13, "meer dan 12 maanden geleden")]
    public async Task An_assessor_without_current_qualifications_cannot_finalise(bool recorded, int knowledgeMonthsAgo, string expected)
    {
        var (assessor, client, _) = await AssessorAsync(fixture, qualified: false);
        if (recorded)
        {
            await fixture.InsertAsync(Qualification(assessor.Id, knowledgeMonthsAgo));
        }

        var id = await CreateAsync(client);
        var refused = await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/definitief", new() { ["Version"] = "0" });

        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain(expected).And.Contain("art. 3 Regeling loonkostensubsidie Participatiewet 2021");
        (await fixture.Database.ScalarAsync<int>($"SELECT status FROM wage_value_assessments WHERE id = '{id}'")).Should().Be((int)AssessmentStatus.Draft);
    }

    [Fact]
    public async Task An_administrator_records_the_qualifications_and_the_assessor_can_then_finalise()
    {
        var (assessor, client, _) = await AssessorAsync(fixture, qualified: false);
        var admin = await fixture.SignInAsAsync(await fixture.CreateUserAsync(await OrganisationAsync(fixture, OrganisationType.Municipality, HomeRegion), Role.Administrator));
        var url = $"/beheer/gebruikers/{assessor.Id}";
        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(admin, url)).Should().Contain("Kwalificaties als loonwaardedeskundige").And.Contain("Nog niet vastgelegd.");

        string[] dates = ["Qualification.DiplomaOn", "Qualification.ExperienceSince", "Qualification.KnowledgeUpdatedOn"];
        var bad = await WebFixture.PostFormAsync(admin, $"{url}?handler=Qualification", DateForm.Parts(new()
        {
            ["Qualification.DiplomaTitle"] = DiplomaTitle,
            ["Qualification.DiplomaOn"] = "2014-07-01",
            ["Qualification.ExperienceSince"] = "2999-01-01",
        }, dates), formPage: url);
        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()).Should().Contain("Kies of de deskundige een hbo- of wo-getuigschrift heeft")
            .And.Contain("Deze datum kan niet in de toekomst liggen.").And.Contain("Vul in wanneer de deskundige de kennis het laatst aantoonbaar heeft bijgehouden.")
            .And.Contain($"value=\"{DiplomaTitle}\"");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM assessor_qualifications")).Should().Be(0);

        var good = await WebFixture.PostFormAsync(admin, $"{url}?handler=Qualification", DateForm.Parts(new()
        {
            ["Qualification.DiplomaKind"] = nameof(DiplomaKind.EquivalentByCollege),
            ["Qualification.DiplomaTitle"] = DiplomaTitle,
            ["Qualification.DiplomaOn"] = "2014-07-01",
            ["Qualification.ExperienceSince"] = "2016-03-01",
            ["Qualification.KnowledgeUpdatedOn"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, dates), formPage: url);
        good.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Audit.CountAsync(AuditActions.AccountChanged, subject: assessor.Id)).Should().BeGreaterThan(0);

        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);
        (await fixture.Database.ScalarAsync<string>($"SELECT assessor_qualification_summary FROM wage_value_assessments WHERE id = '{id}'"))
            .Should().StartWith("Naar het oordeel van het college gelijkwaardige kwalificaties: " + DiplomaTitle);
    }

    [Fact]
    public async Task A_gemeente_caseworker_sets_the_wage_value_and_sees_the_subsidy_it_implies()
    {
        var (_, client, municipality) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);
        var caseworker = await fixture.SignInAsAsync(await fixture.CreateUserAsync(municipality, Role.Caseworker));
        var page = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(caseworker, $"/loonwaarde/{id}/vaststellen"));
        WageValueAssessmentTests.Text(page, "gerapporteerd").Should().Be("71%");
        page.Should().NotContain("type=\"date\"").And.Contain("name=\"Input.DecidedOn.dag\"").And.Contain("name=\"Input.NextAssessmentOn.jaar\"");

        // The decision's dates as a person types them, in parts.
        var decision = Decision(fixture.Clock);
        DateForm.Set(decision, "Input.EffectiveFrom", decision["Input.EffectiveFrom"]);
        var response = await PostWithVersionAsync(caseworker, $"/loonwaarde/{id}/vaststellen", decision, "Input.Version");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var details = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(caseworker, $"/loonwaarde/{id}"));
        WageValueAssessmentTests.Text(details, "vastgesteld").Should().Be("71%");
        WageValueAssessmentTests.Text(details, "status").Should().Contain("Definitief en vastgesteld");
        // 14,71 × 32 × 52 / 12 = 2.039,79; 29% of it 591,54 (2.039,79 − 1.448,25); plus 23,5% = 730,55.
        WageValueAssessmentTests.Text(details, "subsidie-totaal").Should().Be("€ 730,55");
        details.Should().Contain("geldend vanaf 01-01-2026").And.Contain("bron: Wet minimumloon en minimumvakantiebijslag");
        (await fixture.Audit.CountAsync(WageValueAuditActions.Decided, subject: id)).Should().Be(1);

        var again = await WebFixture.PostFormAsync(caseworker, $"/loonwaarde/{id}/vaststellen", new(Decision(fixture.Clock)) { ["Input.Version"] = "0" });
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).Should().Contain(WageValueDecisionRules.NotFinalMessage);
    }

    [Fact]
    public async Task A_vaststelling_that_differs_from_the_report_is_refused_with_the_input_kept()
    {
        var (_, client, municipality) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        await FinaliseAsync(client, id);
        var caseworker = await fixture.SignInAsAsync(await fixture.CreateUserAsync(municipality, Role.Caseworker));

        var response = await PostWithVersionAsync(caseworker, $"/loonwaarde/{id}/vaststellen",
            new(Decision(fixture.Clock, "75")) { ["Input.NextAssessmentOn"] = "2026-12-31" }, "Input.Version");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(WageValueDecisionRules.PercentageMismatchMessage(71))
            .And.Contain(WageValueDecisionRules.NextAssessmentOrderMessage).And.Contain("value=\"75\"").And.Contain("value=\"LKS-2026/0142\"");
        (await fixture.Database.ScalarAsync<bool>($"SELECT decided_at IS NULL FROM wage_value_assessments WHERE id = '{id}'")).Should().BeTrue();
    }

    [Fact]
    public async Task A_draft_cannot_be_set_and_an_assessor_cannot_set_at_all()
    {
        var (_, client, municipality) = await AssessorAsync(fixture);
        var id = await CreateAsync(client);
        var caseworker = await fixture.SignInAsAsync(await fixture.CreateUserAsync(municipality, Role.Caseworker));

        var draft = await WebFixture.PostFormAsync(caseworker, $"/loonwaarde/{id}/vaststellen", new(Decision(fixture.Clock)) { ["Input.Version"] = "0" });
        WebUtility.HtmlDecode(await draft.Content.ReadAsStringAsync()).Should().Contain(WageValueDecisionRules.NotFinalMessage);

        await FinaliseAsync(client, id);
        (await client.GetAsync($"/loonwaarde/{id}/vaststellen")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the assessor who made it never sets it");
        (await fixture.Database.ScalarAsync<bool>($"SELECT decided_at IS NULL FROM wage_value_assessments WHERE id = '{id}'")).Should().BeTrue();
    }

    [Fact]
    public async Task The_person_who_made_the_assessment_cannot_set_it()
    {
        var municipality = await OrganisationAsync(fixture, OrganisationType.Municipality, HomeRegion);
        var caseworker = await fixture.CreateUserAsync(municipality, Role.Caseworker);
        // A former assessor, now a caseworker: art. 3(4) follows the person, not the role.
        var assessment = Entity(municipality, createdBy: caseworker.Id);
        await fixture.InsertAsync(assessment);
        var client = await fixture.SignInAsAsync(caseworker);

        var response = await WebFixture.PostFormAsync(client, $"/loonwaarde/{assessment.Id}/vaststellen", new(Decision(fixture.Clock, "72")) { ["Input.Version"] = "0" });

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(WageValueDecisionRules.SameAssessorMessage);
        (await fixture.Database.ScalarAsync<bool>($"SELECT decided_at IS NULL FROM wage_value_assessments WHERE id = '{assessment.Id}'")).Should().BeTrue();
    }

    [Fact]
    public async Task An_objection_is_recorded_with_its_outcome_on_a_new_version_that_is_set_again()
    {
        var (_, client, municipality) = await AssessorAsync(fixture);
        var review = DateForm.Parts(new Dictionary<string, string>(Form())
        {
            ["Input.ReviewKind"] = nameof(ReviewKind.Objection),
            ["Input.ReviewOn"] = "2026-11-20",
        }, "Input.ReviewOn");
        var first = await CreateAsync(client, review);
        var onFirst = await WebFixture.PostFormAsync(client, $"/loonwaarde/{first}/definitief", new() { ["Version"] = "0" });
        WebUtility.HtmlDecode(await onFirst.Content.ReadAsStringAsync()).Should().Contain(Web.Features.WageValue.WageValueChecks.ReviewOnFirstVersionMessage);
        (await PostWithVersionAsync(client, $"/loonwaarde/{first}/wijzigen", Form(), "Input.Version")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await FinaliseAsync(client, first);
        var caseworker = await fixture.SignInAsAsync(await fixture.CreateUserAsync(municipality, Role.Caseworker));
        (await PostWithVersionAsync(caseworker, $"/loonwaarde/{first}/vaststellen", Decision(fixture.Clock), "Input.Version")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var correct = await WebFixture.PostFormAsync(client, $"/loonwaarde/{first}/corrigeren", []);
        var second = Guid.Parse(correct.Headers.Location!.OriginalString.Split('/')[2]);
        (await PostWithVersionAsync(client, $"/loonwaarde/{second}/wijzigen", review, "Input.Version")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var incomplete = await WebFixture.PostFormAsync(client, $"/loonwaarde/{second}/definitief", new() { ["Version"] = "0" });
        WebUtility.HtmlDecode(await incomplete.Content.ReadAsStringAsync()).Should().Contain(Web.Features.WageValue.WageValueChecks.ReviewIncompleteMessage);

        review["Input.ReviewResult"] = nameof(ReviewResult.Rejected);
        (await PostWithVersionAsync(client, $"/loonwaarde/{second}/wijzigen", review, "Input.Version")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await FinaliseAsync(client, second);

        var details = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(caseworker, $"/loonwaarde/{second}"));
        details.Should().Contain("Ongegrond: de loonwaarde blijft").And.Contain("Nog niet vastgesteld").And.Contain("href=\"/loonwaarde/" + second + "/vaststellen\"");
        (await fixture.Database.ScalarAsync<int>($"SELECT status FROM wage_value_assessments WHERE id = '{first}'")).Should().Be((int)AssessmentStatus.Superseded);
        (await fixture.Database.ScalarAsync<int>($"SELECT decided_percentage FROM wage_value_assessments WHERE id = '{first}'")).Should().Be(71, "the earlier decision stays on its version");
    }
}
