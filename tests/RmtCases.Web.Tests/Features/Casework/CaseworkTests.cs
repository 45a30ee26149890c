using System.Net;
using RmtCases.Domain.Access;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data.Configurations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Home;
using RmtCases.Web.Pages.Participants;
using RmtCases.Web.Tests.Infrastructure;
using RmtCases.Web.Tests.Participants;

namespace RmtCases.Web.Tests.Features.Casework;

/// <summary>Issue 17: the route's phases, who holds the case, the plan, over HTTP against PostgreSQL.</summary>
[Collection(WebCollection.Name)]
public sealed class CaseworkTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(HttpStatusCode Status, string Html)> PostPageAsync(HttpClient client, string formPage, string url, Dictionary<string, string> fields)
    {
        var page = await WebFixture.GetHtmlAsync(client, formPage);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = CaseFileArrange.Value(page, "__RequestVerificationToken")! };
        foreach (var hidden in new[] { "Version", "PlanVersion", "ShownHolder" })
        {
            if (!form.ContainsKey(hidden) && CaseFileArrange.Value(page, hidden) is { } value)
            {
                form[hidden] = value;
            }
        }

        var response = await client.PostAsync(url, new FormUrlEncodedContent(form));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private Task<(HttpStatusCode Status, string Html)> PhaseAsync(HttpClient client, Guid id, Dictionary<string, string> fields) =>
        PostPageAsync(client, $"/deelnemers/{id}/fase", $"/deelnemers/{id}/fase", fields);

    [Fact]
    public async Task The_route_moves_only_by_allowed_steps_each_dated_and_audited()
    {
        var participant = await _arrange.ParticipantAsync(involve: _arrange.Union.Id);
        var client = await _arrange.MunicipalityAsync();

        var skipped = await PhaseAsync(client, participant.Id, new() { ["Input.ToPhase"] = nameof(RoutePhase.Execution) });
        skipped.Status.Should().Be(HttpStatusCode.OK);
        skipped.Html.Should().Contain(RouteRules.NotAllowedMessage).And.Contain("Er is een probleem");

        (await PhaseAsync(client, participant.Id, new() { ["Input.ToPhase"] = nameof(RoutePhase.Intake) })).Status.Should().Be(HttpStatusCode.Redirect);
        var noOutcome = await PhaseAsync(client, participant.Id, new() { ["Input.ToPhase"] = nameof(RoutePhase.Completed) });
        noOutcome.Html.Should().Contain(RouteRules.OutcomeRequiredMessage);
        (await PhaseAsync(client, participant.Id, new() { ["Input.ToPhase"] = nameof(RoutePhase.Completed), ["Input.Outcome"] = nameof(RouteOutcome.OtherJobFound) }))
            .Status.Should().Be(HttpStatusCode.Redirect);

        (await fixture.Database.ScalarAsync<int>($"SELECT route_phase FROM participants WHERE id = '{participant.Id}'")).Should().Be((int)RoutePhase.Completed);
        (await fixture.Database.ScalarAsync<int>($"SELECT route_outcome FROM participants WHERE id = '{participant.Id}'")).Should().Be((int)RouteOutcome.OtherJobFound);
        (await fixture.Database.ScalarAsync<string>($"SELECT string_agg(from_phase || '>' || to_phase, ',' ORDER BY changed_at) FROM route_phase_changes WHERE participant_id = '{participant.Id}'"))
            .Should().Be("1>2,2>5");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM route_phase_changes WHERE by_organisation_id = '{_arrange.Municipality.Id}' AND by_user_id = '{_arrange.MunicipalityUser.Id}'")).Should().Be(2);
        (await fixture.Audit.CountAsync(AuditActions.RoutePhaseChanged, participant: participant.Id, categories: "e")).Should().Be(2);

        var file = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}"));
        file.Should().Contain("Afgerond sinds").And.Contain("Ander werk gevonden").And.NotContain("/fase\"");
        var list = await WebFixture.SearchParticipantsAsync(client, new() { ["Search.Phase"] = nameof(RoutePhase.Completed) });
        list.Should().Contain(participant.Person.Surname).And.Contain("<td class=\"utrecht-table__cell\">Afgerond</td>");
        var otherPhase = await WebFixture.SearchParticipantsAsync(client, new() { ["Search.Phase"] = nameof(RoutePhase.Intake) });
        otherPhase.Should().NotContain(participant.Person.Surname);
    }

    [Fact]
    public async Task A_phase_change_on_a_stale_form_is_a_named_conflict_and_changes_nothing()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var stale = await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}/fase");
        (await PhaseAsync(client, participant.Id, new() { ["Input.ToPhase"] = nameof(RoutePhase.Intake) })).Status.Should().Be(HttpStatusCode.Redirect);

        var response = await CaseFileArrange.PostLoadedAsync(client, $"/deelnemers/{participant.Id}/fase", stale,
            new() { ["Input.ToPhase"] = nameof(RoutePhase.Aborted), ["Input.AbortReason"] = nameof(RouteAbortReason.NoContact) });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Iemand anders heeft dit dossier intussen gewijzigd");
        (await fixture.Database.ScalarAsync<int>($"SELECT route_phase FROM participants WHERE id = '{participant.Id}'")).Should().Be((int)RoutePhase.Intake);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM route_phase_changes")).Should().Be(1);
    }

    [Fact]
    public async Task A_case_is_taken_handed_to_a_colleague_with_a_reason_and_released_all_audited()
    {
        var participant = await _arrange.ParticipantAsync();
        var colleague = await fixture.CreateUserAsync(_arrange.Municipality);
        var client = await _arrange.MunicipalityAsync();
        var other = await fixture.SignInAsAsync(colleague);
        var url = $"/deelnemers/{participant.Id}/casehouder";

        var home = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/"));
        home.Should().Contain("id=\"werkvoorraad-lijst\"").And.Contain(participant.Person.Surname);
        (await PostPageAsync(client, url, url + "?handler=Take", [])).Status.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<Guid>($"SELECT user_id FROM case_assignments WHERE participant_id = '{participant.Id}'")).Should().Be(_arrange.MunicipalityUser.Id);
        home = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/"));
        home.Should().Contain("id=\"mijn-deelnemers-lijst\"").And.NotContain("id=\"werkvoorraad-lijst\"");

        // An open action of the holder goes with the case.
        await fixture.InsertAsync(PlanWith(participant.Id, _arrange.MunicipalityUser.Id, _arrange.Today.AddDays(-2)));

        var noReason = await PostPageAsync(other, url, url, new() { ["Input.UserId"] = colleague.Id.ToString() });
        noReason.Status.Should().Be(HttpStatusCode.OK);
        noReason.Html.Should().Contain(AssignmentRules.ReasonRequiredMessage);
        (await fixture.Database.ScalarAsync<Guid>($"SELECT user_id FROM case_assignments WHERE participant_id = '{participant.Id}'")).Should().Be(_arrange.MunicipalityUser.Id);

        var moved = await PostPageAsync(other, url, url, new() { ["Input.UserId"] = colleague.Id.ToString(), ["Input.Reason"] = nameof(AssignmentReason.Absence) });
        moved.Status.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<Guid>($"SELECT user_id FROM case_assignments WHERE participant_id = '{participant.Id}'")).Should().Be(colleague.Id);
        (await fixture.Database.ScalarAsync<Guid>($"SELECT responsible_user_id FROM plan_actions WHERE participant_id = '{participant.Id}'")).Should().Be(colleague.Id);
        (await fixture.Audit.FirstAsync(AuditActions.CaseHandedOver)).Purpose.Should().Be(nameof(AssignmentReason.Absence));
        var colleagueHome = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(other, "/"));
        colleagueHome.Should().Contain("id=\"mijn-deelnemers-lijst\"").And.Contain("(te laat)").And.Contain("Intakegesprek");

        (await PostPageAsync(other, url, url, new() { ["Input.UserId"] = "" })).Status.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM case_assignments")).Should().Be(0);
        (await fixture.Database.ScalarAsync<string>($"SELECT string_agg(action, ',' ORDER BY chain_sequence) FROM audit_events WHERE action LIKE 'case.%'"))
            .Should().Be("case.taken,case.handed_over,case.released");
    }

    [Fact]
    public async Task A_stale_casehouder_form_is_a_named_conflict()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var url = $"/deelnemers/{participant.Id}/casehouder";
        var stale = await WebFixture.GetHtmlAsync(client, url);
        (await PostPageAsync(client, url, url + "?handler=Take", [])).Status.Should().Be(HttpStatusCode.Redirect);

        var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ShownHolder"] = "", ["Input.UserId"] = "", ["__RequestVerificationToken"] = CaseFileArrange.Value(stale, "__RequestVerificationToken")!,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM case_assignments")).Should().Be(1);
    }

    [Fact]
    public async Task A_template_adds_its_actions_an_action_is_marked_done_and_a_stale_plan_form_conflicts()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var plan = $"/deelnemers/{participant.Id}/plan";

        (await PostPageAsync(client, plan, plan + "?handler=Template", new() { ["Template.ServiceType"] = nameof(ServiceType.AanvullendeCrisisdienstverlening) }))
            .Status.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<string>($"SELECT string_agg((due_on - CURRENT_DATE)::text, ',' ORDER BY due_on) FROM plan_actions WHERE participant_id = '{participant.Id}'"))
            .Should().NotBeNull();
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM plan_actions WHERE participant_id = '{participant.Id}' AND responsible_user_id = '{_arrange.MunicipalityUser.Id}' AND status = 1"))
            .Should().Be(4);
        (await fixture.Database.ScalarAsync<DateOnly>($"SELECT min(due_on) FROM plan_actions WHERE participant_id = '{participant.Id}'")).Should().Be(_arrange.Today.AddDays(7));

        var stale = await WebFixture.GetHtmlAsync(client, plan);
        var intake = await fixture.Database.ScalarAsync<Guid>($"SELECT id FROM plan_actions WHERE catalogue_item_id = '{ActionCatalogueSeed.Intake}'");
        (await PostPageAsync(client, plan, plan + "?handler=Status", new() { ["Status.ActionId"] = intake.ToString(), ["Status.Status"] = nameof(ActionStatus.Done) }))
            .Status.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<int>($"SELECT status FROM plan_actions WHERE id = '{intake}'")).Should().Be((int)ActionStatus.Done);

        var conflict = await client.PostAsync(plan + "?handler=Goal", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["PlanVersion"] = CaseFileArrange.Value(stale, "PlanVersion")!, ["Goal.Goal"] = nameof(PlanGoal.KeepJob),
            ["__RequestVerificationToken"] = CaseFileArrange.Value(stale, "__RequestVerificationToken")!,
        }));
        conflict.StatusCode.Should().Be(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync()).Should().Contain(PlanModel.ConflictMessage);
        (await fixture.Database.ScalarAsync<int?>($"SELECT goal FROM route_plans WHERE participant_id = '{participant.Id}'")).Should().BeNull();
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM audit_events WHERE action LIKE 'plan.%' AND categories = 'e'")).Should().Be(2);
    }

    [Fact]
    public async Task A_bad_action_gets_Dutch_messages_by_its_fields_and_nothing_is_added()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var plan = $"/deelnemers/{participant.Id}/plan";

        var bad = await PostPageAsync(client, plan, plan + "?handler=Action", new()
        {
            ["NewAction.CatalogueItemId"] = Guid.NewGuid().ToString(), ["NewAction.OwnerOrganisationId"] = _arrange.Provider.Id.ToString(),
            ["NewAction.DueOn"] = CaseFileArrange.Iso(_arrange.Today.AddDays(-1)),
        });

        bad.Status.Should().Be(HttpStatusCode.OK);
        bad.Html.Should().Contain("Kies een actie uit de lijst.").And.Contain("Kies een van de betrokken organisaties.").And.Contain("De datum kan niet in het verleden liggen.");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM plan_actions")).Should().Be(0);
    }

    [Fact]
    public async Task A_union_caseworker_sees_the_route_of_an_involved_case_but_no_werkfitbehoud_template_and_no_g_in_the_timeline()
    {
        var participant = await _arrange.ParticipantAsync(involve: _arrange.Union.Id);
        var uninvolved = await _arrange.ParticipantAsync("Jansen");
        await fixture.InsertAsync(PlanWith(participant.Id, _arrange.MunicipalityUser.Id, _arrange.Today.AddDays(3)));
        await fixture.Database.ExecuteAsync($"""
            INSERT INTO audit_events (action, outcome, participant_id, categories, organisation_id) VALUES
                ('{AuditActions.ParticipantChanged}', 'success', '{participant.Id}', 'fg', '{_arrange.Municipality.Id}'),
                ('{AuditActions.ParticipantChanged}', 'success', '{participant.Id}', 'c', '{_arrange.Municipality.Id}');
            """);
        var union = await _arrange.UnionAsync();
        var municipality = await _arrange.MunicipalityAsync();

        var file = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}"));
        file.Should().Contain("id=\"traject\"").And.Contain("Intakegesprek");
        var planPage = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}/plan"));
        planPage.Should().Contain("Aanvullende crisisdienstverlening").And.NotContain("werkfitbehoud");
        var refused = await PostPageAsync(union, $"/deelnemers/{participant.Id}/plan", $"/deelnemers/{participant.Id}/plan?handler=Template",
            new() { ["Template.ServiceType"] = nameof(ServiceType.Werkfitbehoud) });
        refused.Html.Should().Contain("Kies een sjabloon uit de lijst.");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM plan_actions")).Should().Be(1);

        var unionTimeline = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}/tijdlijn"));
        unionTimeline.Should().Contain("Dossier gewijzigd: arbeidsverleden").And.NotContain("banenafspraak", "an event that touched g is left out entirely")
            .And.NotContain("crisisdienstverlening, ");
        var municipalityTimeline = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(municipality, $"/deelnemers/{participant.Id}/tijdlijn"));
        municipalityTimeline.Should().Contain("Dossier gewijzigd: inzet aanvullende crisisdienstverlening, banenafspraak-indicatie");

        foreach (var path in new[] { "", "/plan", "/tijdlijn", "/casehouder", "/fase" })
        {
            (await union.GetAsync($"/deelnemers/{uninvolved.Id}{path}")).StatusCode.Should().Be(HttpStatusCode.NotFound, path);
        }
    }

    [Fact]
    public async Task A_union_caseworker_finds_no_werkfitbehoud_export_nor_banenafspraak_change_in_the_timeline_and_the_gemeente_does()
    {
        // The sample carries a werkfitbehoud row of the arrangement's provider: an export of category f to UWV takes it along.
        var participant = await _arrange.ParticipantAsync(involve: _arrange.Union.Id);
        var uwv = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, CaseFileArrange.Region, "UWV Voorbeeld");
        var municipality = await _arrange.MunicipalityAsync();
        var union = await _arrange.UnionAsync();
        var plain = await Features.Exchange.ShareFlow.ShareAsync(municipality, participant.Id, uwv.Id, "ac");
        var werkfit = await Features.Exchange.ShareFlow.ShareAsync(municipality, participant.Id, uwv.Id, "af");
        var indication = $"/deelnemers/{participant.Id}/doelgroep";
        (await CaseFileArrange.PostLoadedAsync(municipality, indication, await WebFixture.GetHtmlAsync(municipality, indication),
                new() { ["Input.InTargetGroup"] = "true", ["Input.RegisteredOn"] = "2021-09-02" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        static int Rows(string html, string what) => html.Split(what).Length - 1;
        static string Reference(string html) => System.Text.RegularExpressions.Regex.Match(html, "RMT-20[0-9]{2}-[A-Z0-9]{8}").Value;

        var unionTimeline = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}/tijdlijn"));
        Rows(unionTimeline, "Gegevens gedeeld").Should().Be(1, "the export of a and c shows, the one that carried a werkfitbehoud row does not");
        unionTimeline.Should().NotContainEquivalentOf("banenafspraak").And.NotContainEquivalentOf("werkfit")
            .And.NotContain("Dossier gewijzigd", "the indication's change is left out, not shown blank");
        var gemeenteTimeline = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(municipality, $"/deelnemers/{participant.Id}/tijdlijn"));
        Rows(gemeenteTimeline, "Gegevens gedeeld").Should().Be(2);
        gemeenteTimeline.Should().Contain("Dossier gewijzigd: banenafspraak-indicatie");

        // "Gedeeld met" and the recipients to inform leave out the same export, so nothing points at the gap.
        var unionShared = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, Features.Exchange.ShareFlow.PathFor(participant.Id)));
        unionShared.Should().Contain(Reference(plain.Html)).And.NotContain(Reference(werkfit.Html)).And.NotContainEquivalentOf("banenafspraak");
        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(municipality, Features.Exchange.ShareFlow.PathFor(participant.Id)))
            .Should().Contain(Reference(werkfit.Html));
        var unionFile = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}"));
        unionFile.Should().NotContain("id=\"ontvangers-informeren\"", "the union learns of neither the export nor the change");
        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(municipality, $"/deelnemers/{participant.Id}"))
            .Should().Contain("id=\"ontvangers-informeren\"").And.Contain("UWV Voorbeeld");
        (await fixture.Database.ScalarAsync<string>($"SELECT categories FROM export_records WHERE reference = '{Reference(werkfit.Html)}'"))
            .Should().Be("afg", "the werkfitbehoud row that went along is category g");
    }

    [Fact]
    public async Task Werkfitbehouds_template_actions_leave_no_trace_for_a_union_caseworker_and_another_templates_do()
    {
        // Art. 3 of the regeling: an intake, ontwikkeladvies and evaluatiegesprek at werkfitbehoud's offsets tell the
        // service, and so category g, to whoever reads them.
        var participant = await _arrange.ParticipantAsync(involve: _arrange.Union.Id);
        var uwv = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, CaseFileArrange.Region, "UWV Voorbeeld");
        var municipality = await _arrange.MunicipalityAsync();
        var union = await _arrange.UnionAsync();
        var plan = $"/deelnemers/{participant.Id}/plan";
        await fixture.Database.ExecuteAsync($"""
            INSERT INTO case_assignments (participant_id, organisation_id, user_id, since)
            VALUES ('{participant.Id}', '{_arrange.Union.Id}', '{_arrange.UnionUser.Id}', now());
            """);
        var before = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, plan));

        (await PostPageAsync(municipality, plan, plan + "?handler=Template", new() { ["Template.ServiceType"] = nameof(ServiceType.Werkfitbehoud) }))
            .Status.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM plan_actions WHERE participant_id = '{participant.Id}' AND reveals_banenafspraak"))
            .Should().Be(3, "the template marks what it adds");
        var hidden = await fixture.Database.ScalarAsync<Guid>($"SELECT id FROM plan_actions WHERE catalogue_item_id = '{ActionCatalogueSeed.DevelopmentAdvice}'");

        // To the union the plan is as it was: no plan, no actions, the same version; the case file and the home page agree.
        var planPage = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, plan));
        planPage.Should().Contain("Er zijn nog geen acties.").And.NotContain("id=\"plan-acties\"").And.NotContain(hidden.ToString());
        CaseFileArrange.Value(planPage, "PlanVersion").Should().Be("0").And.Be(CaseFileArrange.Value(before, "PlanVersion"));
        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}")).Should().Contain("Er is nog geen plan.");
        Section(WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, "/")), "mijn-deelnemers-lijst").Should().NotContain("volgende actie");
        var gemeentePlan = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(municipality, plan));
        Rows(gemeentePlan).Should().Be(3);
        gemeentePlan.Should().Contain(hidden.ToString());
        Section(WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(municipality, "/")), "acties-lijst").Should().Contain("Intakegesprek");

        // Changing it by id is answered as an id that does not exist, word for word, and changes nothing.
        var byHiddenId = await PostPageAsync(union, plan, plan + "?handler=Status", new() { ["Status.ActionId"] = hidden.ToString(), ["Status.Status"] = nameof(ActionStatus.Done) });
        var byUnknownId = await PostPageAsync(union, plan, plan + "?handler=Status", new() { ["Status.ActionId"] = Guid.NewGuid().ToString(), ["Status.Status"] = nameof(ActionStatus.Done) });
        byHiddenId.Status.Should().Be(byUnknownId.Status);
        WithoutTokens(byHiddenId.Html).Should().Be(WithoutTokens(byUnknownId.Html)).And.Contain("Kies een status uit de lijst.");
        (await fixture.Database.ScalarAsync<int>($"SELECT status FROM plan_actions WHERE id = '{hidden}'")).Should().Be((int)ActionStatus.ToDo);

        // A change to such an action moves no version the union sees: its open form saves without a conflict.
        var unionForm = await WebFixture.GetHtmlAsync(union, plan);
        (await PostPageAsync(municipality, plan, plan + "?handler=Status", new() { ["Status.ActionId"] = hidden.ToString(), ["Status.Status"] = nameof(ActionStatus.InProgress) }))
            .Status.Should().Be(HttpStatusCode.Redirect);
        CaseFileArrange.Value(await WebFixture.GetHtmlAsync(union, plan), "PlanVersion").Should().Be("0");
        (await union.PostAsync(plan + "?handler=Goal", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["PlanVersion"] = CaseFileArrange.Value(unionForm, "PlanVersion")!, ["Goal.Goal"] = nameof(PlanGoal.KeepJob),
            ["__RequestVerificationToken"] = CaseFileArrange.Value(unionForm, "__RequestVerificationToken")!,
        }))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        // Another template's actions the union sees, the werkfitbehoud ones still not.
        (await PostPageAsync(municipality, plan, plan + "?handler=Template", new() { ["Template.ServiceType"] = nameof(ServiceType.AanvullendeCrisisdienstverlening) }))
            .Status.Should().Be(HttpStatusCode.Redirect);
        planPage = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, plan));
        Rows(planPage).Should().Be(4);
        Table(planPage).Should().Contain("Loopbaanadvies").And.NotContain("Ontwikkeladvies").And.NotContain("Evaluatiegesprek");
        Rows(WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(municipality, plan))).Should().Be(7);
        Section(WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, "/")), "mijn-deelnemers-lijst").Should().Contain("volgende actie: Intakegesprek");

        // The timeline: the union finds the other template and the goal, not werkfitbehoud's template nor its change.
        var unionTimeline = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}/tijdlijn"));
        Occurrences(unionTimeline, "Sjabloon toegepast op het trajectplan").Should().Be(1);
        unionTimeline.Should().Contain("Doel van het trajectplan gekozen").And.NotContain("Status van een actie gewijzigd");
        var gemeenteTimeline = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(municipality, $"/deelnemers/{participant.Id}/tijdlijn"));
        Occurrences(gemeenteTimeline, "Sjabloon toegepast op het trajectplan").Should().Be(2);
        gemeenteTimeline.Should().Contain("Status van een actie gewijzigd");

        // Exports: to the union without the werkfitbehoud steps (nor g in the register), to UWV with them, recorded as g.
        var toUnion = await Features.Exchange.ShareFlow.ShareAsync(municipality, participant.Id, _arrange.Union.Id, "ae");
        var unionText = string.Join(' ', Features.Pdf.PdfText.Pages(await municipality.GetByteArrayAsync(toUnion.DownloadUrl), toUnion.Password));
        unionText.Should().Contain("Loopbaanadvies").And.NotContain("Ontwikkeladvies").And.NotContain("Evaluatiegesprek");
        var toUwv = await Features.Exchange.ShareFlow.ShareAsync(municipality, participant.Id, uwv.Id, "ae");
        string.Join(' ', Features.Pdf.PdfText.Pages(await municipality.GetByteArrayAsync(toUwv.DownloadUrl), toUwv.Password))
            .Should().Contain("Ontwikkeladvies").And.Contain("Evaluatiegesprek");
        (await fixture.Database.ScalarAsync<string>($"SELECT string_agg(categories, ',' ORDER BY created_at) FROM export_records WHERE participant_id = '{participant.Id}'"))
            .Should().Be("ae,aeg");
        Occurrences(WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}/tijdlijn")), "Gegevens gedeeld").Should().Be(1);

        // And the database keeps them from a session that may not see g, whatever the query asks.
        async Task<long> CountAsync(string options)
        {
            await using var connection = new Npgsql.NpgsqlConnection(fixture.Database.AppConnectionString + ";Options=-c rmt.region_id=11" + options);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM plan_actions WHERE participant_id = '{participant.Id}'", connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        (await CountAsync("")).Should().Be(4);
        (await CountAsync(" -c rmt.sees_banenafspraak=on")).Should().Be(7);
    }

    private static int Occurrences(string html, string what) => html.Split(what).Length - 1;

    private static string Table(string html)
    {
        var at = html.IndexOf("id=\"plan-acties\"", StringComparison.Ordinal);
        return at < 0 ? "" : html[at..html.IndexOf("</table>", at, StringComparison.Ordinal)];
    }

    private static int Rows(string html) => Occurrences(Table(html), "scope=\"row\"");

    private static string WithoutTokens(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "value=\"CfDJ8[^\"]*\"", "");

    [Fact]
    public async Task The_route_and_its_plan_are_in_the_access_report_and_in_an_export_of_category_e_without_g()
    {
        // Short names, so that the PDF's table cells do not wrap them.
        await fixture.Database.ExecuteAsync($"UPDATE organisations SET name = 'Gemeente Voorbeeld' WHERE id = '{_arrange.Municipality.Id}'");
        var participant = Sample.Full(CaseFileArrange.Region, _arrange.Municipality.Id, _arrange.Provider.Id);
        participant.Involve(_arrange.Union.Id, DateTimeOffset.UtcNow);
        foreach (var step in new[] { RoutePhase.Intake, RoutePhase.Plan, RoutePhase.Execution })
        {
            participant.ChangePhase(step, null, null, DateTimeOffset.UtcNow, _arrange.Municipality.Id, _arrange.MunicipalityUser.Id);
        }

        await fixture.InsertAsync(participant);
        await fixture.InsertAsync(new BanenafspraakIndication
        {
            ParticipantId = participant.Id, RegionId = CaseFileArrange.Region, InTargetGroup = true,
            RegisteredOn = new DateOnly(2021, 9, 1), RecordedByOrganisationId = _arrange.Municipality.Id,
        });
        var plan = PlanWith(participant.Id, _arrange.MunicipalityUser.Id, new DateOnly(2030, 3, 1));
        plan.Goal = PlanGoal.NewJobOtherSector;
        await fixture.InsertAsync(plan);
        await fixture.InsertAsync(new CaseAssignment
        {
            ParticipantId = participant.Id, OrganisationId = _arrange.Municipality.Id, UserId = _arrange.MunicipalityUser.Id, Since = DateTimeOffset.UtcNow,
        });
        var client = await _arrange.MunicipalityAsync();

        var report = await Features.Audit.AuditSession.ProduceAccessReportAsync(client, participant.Id);
        var reportText = string.Join(' ', Features.Pdf.PdfText.Pages(await client.GetByteArrayAsync(report.DownloadUrl), report.Password));
        reportText.Should().Contain("Traject").And.Contain("Fase Uitvoering").And.Contain("Doel van het trajectplan Werk in een andere sector")
            .And.Contain("Plan Uitvoering Gemeente Voorbeeld", "each step with the organisation that took it")
            .And.Contain("Intakegesprek Gemeente Voorbeeld 01-03-2030 Te doen").And.Contain("Casehouders")
            .And.Contain("Behoort tot de doelgroep banenafspraak: ja");
        reportText.Should().NotContain("Test Caseworker", "staff names are not in the report");

        var union = await Features.Exchange.ShareFlow.ShareAsync(client, participant.Id, _arrange.Union.Id, "aef");
        var unionText = string.Join(' ', Features.Pdf.PdfText.Pages(await client.GetByteArrayAsync(union.DownloadUrl), union.Password));
        unionText.Should().Contain("Fase Uitvoering").And.Contain("Intakegesprek Gemeente Voorbeeld 01-03-2030 Te doen");
        unionText.Should().NotContainEquivalentOf("banenafspraak").And.NotContainEquivalentOf("werkfit");

        var withoutE = await Features.Exchange.ShareFlow.ShareAsync(client, participant.Id, _arrange.Union.Id, "af");
        string.Join(' ', Features.Pdf.PdfText.Pages(await client.GetByteArrayAsync(withoutE.DownloadUrl), withoutE.Password))
            .Should().NotContain("Traject").And.NotContain("Intakegesprek", "the route is category e, left out with it");
    }

    [Fact]
    public async Task The_home_page_counts_signals_and_lists_own_actions_due()
    {
        var early = Sample.Full(CaseFileArrange.Region, _arrange.Municipality.Id, _arrange.Provider.Id, "Vroeg");
        early.CurrentSituation!.ExpectedEndOfEmployment = _arrange.Today.AddDays(-1);
        await fixture.InsertAsync(early);
        var ended = Sample.Full(CaseFileArrange.Region, _arrange.Municipality.Id, _arrange.Provider.Id, "Afgelopen");
        ended.CurrentSituation!.ExpectedEndOfEmployment = null;
        foreach (var step in new[] { RoutePhase.Intake, RoutePhase.Plan, RoutePhase.Execution })
        {
            ended.ChangePhase(step, null, null, DateTimeOffset.UtcNow, _arrange.Municipality.Id, _arrange.MunicipalityUser.Id);
        }

        await fixture.InsertAsync(ended);
        await fixture.InsertAsync(PlanWith(ended.Id, _arrange.MunicipalityUser.Id, _arrange.Today.AddDays(-1)));
        var client = await _arrange.MunicipalityAsync();

        var home = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/"));

        Count(home, "einde-dienstverband").Should().Be("1");
        Count(home, "dienst-afgelopen").Should().Be("1", "the sample's services ended in 2021 and 2022");
        home.Should().Contain("id=\"acties-lijst\"").And.Contain("Intakegesprek</a> voor").And.Contain("Te laat: <strong>1</strong>");
    }

    [Fact]
    public async Task Held_cases_and_due_actions_skip_files_out_of_scope_and_read_on_past_a_full_page_of_them()
    {
        // The union holds more cases than one page, all but the oldest of files it is not involved in (an involvement
        // ended after the case was taken): the home page must read past them, not stop at the first page.
        var involved = await _arrange.ParticipantAsync("Betrokken", involve: _arrange.Union.Id);
        await fixture.InsertAsync(PlanWith(involved.Id, _arrange.UnionUser.Id, _arrange.Today.AddDays(2), _arrange.Union.Id));
        var since = DateTimeOffset.UtcNow.AddDays(-30);
        await fixture.Database.ExecuteAsync($"""
            INSERT INTO case_assignments (participant_id, organisation_id, user_id, since)
            VALUES ('{involved.Id}', '{_arrange.Union.Id}', '{_arrange.UnionUser.Id}', '{since:O}');
            """);
        for (var n = 0; n < AttentionCount.Cap + 1; n++)
        {
            var other = await _arrange.ParticipantAsync($"Elders{(char)('a' + n % 26)}{(char)('a' + n / 26)}");
            await fixture.InsertAsync(PlanWith(other.Id, _arrange.UnionUser.Id, _arrange.Today.AddDays(-1), _arrange.Municipality.Id));
            await fixture.Database.ExecuteAsync($"""
                INSERT INTO case_assignments (participant_id, organisation_id, user_id, since)
                VALUES ('{other.Id}', '{_arrange.Union.Id}', '{_arrange.UnionUser.Id}', '{since.AddDays(1 + n):O}');
                """);
        }

        var home = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(await _arrange.UnionAsync(), "/"));

        var mine = Section(home, "mijn-deelnemers-lijst");
        mine.Should().Contain("Betrokken").And.NotContain("Elders");
        var actions = Section(home, "acties-lijst");
        actions.Should().Contain("Betrokken").And.NotContain("Elders");
        home.Should().Contain("Te laat: <strong>0</strong>");
    }

    private static string Section(string html, string id)
    {
        var at = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        at.Should().BeGreaterThan(0, id);
        return html[at..html.IndexOf("</ul>", at, StringComparison.Ordinal)];
    }

    private static string Count(string html, string id)
    {
        var at = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        var strong = html.IndexOf("<strong>", at, StringComparison.Ordinal) + "<strong>".Length;
        return html[strong..html.IndexOf("</strong>", strong, StringComparison.Ordinal)];
    }

    private RoutePlan PlanWith(Guid participantId, Guid responsible, DateOnly due, Guid? owner = null)
    {
        var plan = new RoutePlan { ParticipantId = participantId, CreatedAt = DateTimeOffset.UtcNow, ChangedAt = DateTimeOffset.UtcNow };
        plan.Actions.Add(new PlanAction
        {
            ParticipantId = participantId, CatalogueItemId = ActionCatalogueSeed.Intake, OwnerOrganisationId = owner ?? _arrange.Municipality.Id,
            ResponsibleUserId = responsible, DueOn = due, CreatedAt = DateTimeOffset.UtcNow, StatusChangedAt = DateTimeOffset.UtcNow,
        });
        return plan;
    }
}
