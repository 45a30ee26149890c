using System.Net;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

[Collection(WebCollection.Name)]
public sealed class CaseFileEditTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<WorkHistoryEntry>> WorkHistoryAsync(Guid participantId) =>
        fixture.InScopeAsync(async (_, db) => await db.WorkHistoryEntries.AsNoTracking().Where(e => e.ParticipantId == participantId).ToListAsync());

    private static Dictionary<string, string> WorkForm(string employer = "Schiphol Group", string start = "2010-01-01", string end = "2020-12-31") => new()
    {
        ["Input.Employer"] = employer,
        ["Input.JobTitle"] = "Beveiliger",
        ["Input.StartDate"] = start,
        ["Input.EndDate"] = end,
        ["Input.HoursPerWeek"] = "36,5",
    };

    [Fact]
    public async Task A_work_history_entry_can_be_added_corrected_and_removed()
    {
        var participant = await _arrange.ParticipantAsync(involve: _arrange.Union.Id);
        var client = await _arrange.UnionAsync();
        var url = $"/deelnemers/{participant.Id}/arbeidsverleden";

        var form = await WebFixture.GetHtmlAsync(client, url + "/nieuw");
        var added = await CaseFileArrange.PostLoadedAsync(client, url + "/nieuw", form, WorkForm());
        added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var entry = (await WorkHistoryAsync(participant.Id)).Single(e => e.Employer == "Schiphol Group");
        entry.HoursPerWeek.Should().Be(36.5m);
        entry.EndDate.Should().Be(new DateOnly(2020, 12, 31));

        form = await WebFixture.GetHtmlAsync(client, $"{url}/{entry.Id}");
        CaseFileArrange.Value(form, "Input.Employer").Should().Be("Schiphol Group");
        var corrected = await CaseFileArrange.PostLoadedAsync(client, $"{url}/{entry.Id}", form, WorkForm("Schiphol Security"));
        corrected.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await WorkHistoryAsync(participant.Id)).Single(e => e.Id == entry.Id).Employer.Should().Be("Schiphol Security");
        (await fixture.Audit.RowsAsync(AuditActions.ParticipantChanged)).First(e => e.Fields?.Contains("Employer", StringComparison.Ordinal) == true).Fields
            .Should().Be("WorkHistory.Employer");

        form = await WebFixture.GetHtmlAsync(client, $"{url}/{entry.Id}");
        var removed = await CaseFileArrange.PostLoadedAsync(client, $"{url}/{entry.Id}?handler=Delete", form, []);
        removed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await WorkHistoryAsync(participant.Id)).Should().NotContain(e => e.Id == entry.Id);
    }

    [Fact]
    public async Task An_inverted_period_is_refused_and_the_input_kept()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var url = $"/deelnemers/{participant.Id}/arbeidsverleden/nieuw";

        var form = await WebFixture.GetHtmlAsync(client, url);
        var response = await CaseFileArrange.PostLoadedAsync(client, url, form, WorkForm(start: "2020-01-01", end: "2019-01-01"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        WebUtility.HtmlDecode(html).Should().Contain(PeriodRule.EndBeforeStartMessage);
        html.Should().Contain("id=\"Input_EndDate-error\"");
        CaseFileArrange.Value(html, "Input.EndDate").Should().Be("2019-01-01");
        CaseFileArrange.Value(html, "Input.Employer").Should().Be("Schiphol Group");
        (await WorkHistoryAsync(participant.Id)).Should().HaveCount(1);
    }

    [Fact]
    public async Task A_period_far_in_the_future_is_refused()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var url = $"/deelnemers/{participant.Id}/arbeidsverleden/nieuw";
        var form = await WebFixture.GetHtmlAsync(client, url);

        var response = await CaseFileArrange.PostLoadedAsync(client, url, form, WorkForm(start: "2020-01-01", end: CaseFileArrange.Iso(_arrange.Today.AddYears(10))));

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(PeriodRule.TooFarAheadMessage(PeriodRule.DefaultMaxYearsAhead));
    }

    [Fact]
    public async Task After_withdrawal_the_file_is_read_only_and_shows_when_it_is_erased()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var editForm = await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}/persoon");

        var withdrawn = await WebFixture.PostFormAsync(client, $"/deelnemers/{participant.Id}/beeindigen", new()
        {
            ["Input.On"] = CaseFileArrange.Iso(_arrange.Today),
            ["Input.Reason"] = nameof(WithdrawalReason.OwnRequest),
            ["Version"] = CaseFileArrange.Value(editForm, "Version")!,
            ["Confirmed"] = "true",
        });
        withdrawn.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var file = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}"));
        file.Should().Contain("De gegevens worden gewist op " + _arrange.Today.AddDays(28).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture));
        file.Should().NotContain($"/deelnemers/{participant.Id}/persoon");

        var person = CaseFileArrange.PersonForm();
        var refused = await CaseFileArrange.PostLoadedAsync(client, $"/deelnemers/{participant.Id}/persoon", editForm, person);
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("De deelname is beëindigd");

        var workForm = await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}/arbeidsverleden/nieuw");
        var refusedEntry = await CaseFileArrange.PostLoadedAsync(client, $"/deelnemers/{participant.Id}/arbeidsverleden/nieuw", editForm, WorkForm());
        refusedEntry.StatusCode.Should().Be(HttpStatusCode.Conflict);
        workForm.Should().NotContain("name=\"Input.Employer\"");

        (await fixture.Database.ScalarAsync<string>($"SELECT person_surname FROM participants WHERE id = '{participant.Id}'")).Should().Be("Öztürk");
        (await WorkHistoryAsync(participant.Id)).Should().HaveCount(1);
        (await fixture.Audit.CountAsync(AuditActions.ParticipantWithdrawn, participant: participant.Id)).Should().Be(1);
    }

    [Fact]
    public async Task Saving_an_address_records_no_phone_change_when_only_the_phones_writing_differs()
    {
        // Stored as typed before normalisation existed, like the demo data: "+31 6 12345678".
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var url = $"/deelnemers/{participant.Id}/persoon";
        var form = await WebFixture.GetHtmlAsync(client, url);
        CaseFileArrange.Value(form, "Person.Phone").Should().Be("06 12345678", "the form shows the one display format");
        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}")).Should().Contain("06 12345678");

        var fields = new[] { "GivenNames", "Infix", "Surname", "DateOfBirth", "Street", "HouseNumber", "Postcode", "City", "Phone", "Email" }
            .ToDictionary(f => $"Person.{f}", f => CaseFileArrange.Value(form, $"Person.{f}") ?? "");
        fields["Person.Street"] = "Damrak";
        (await CaseFileArrange.PostLoadedAsync(client, url, form, fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await fixture.Audit.FirstAsync(AuditActions.ParticipantChanged, participant: participant.Id)).Fields
            .Should().Be("Person.Street", "a phone number written another way is not a changed phone number (GDPR art. 19 follows from it)");
        (await fixture.Database.ScalarAsync<string>($"SELECT person_phone FROM participants WHERE id = '{participant.Id}'")).Should().Be("+31612345678");
    }

    [Fact]
    public async Task A_concurrent_edit_is_refused_naming_the_changed_field_and_keeping_the_second_input()
    {
        var participant = await _arrange.ParticipantAsync();
        var first = await _arrange.MunicipalityAsync();
        var second = await fixture.SignInAsAsync(await fixture.CreateUserAsync(_arrange.Municipality));
        var url = $"/deelnemers/{participant.Id}/persoon";
        var formFirst = await WebFixture.GetHtmlAsync(first, url);
        var formSecond = await WebFixture.GetHtmlAsync(second, url);

        var firstInput = CaseFileArrange.With(CaseFileArrange.PersonForm(), "Person.City", "Diemen");
        (await CaseFileArrange.PostLoadedAsync(first, url, formFirst, firstInput)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var secondInput = CaseFileArrange.With(CaseFileArrange.PersonForm(), "Person.City", "Amstelveen");
        var refused = await CaseFileArrange.PostLoadedAsync(second, url, formSecond, secondInput);

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var html = await refused.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html);
        text.Should().Contain("Iemand anders heeft dit intussen gewijzigd").And.Contain("Woonplaats (nu: Diemen)");
        CaseFileArrange.Value(html, "Person.City").Should().Be("Amstelveen");
        (await fixture.Database.ScalarAsync<string>($"SELECT person_city FROM participants WHERE id = '{participant.Id}'")).Should().Be("Diemen");

        // Having seen the conflict, the second person can save deliberately.
        var again = await CaseFileArrange.PostLoadedAsync(second, url, html, secondInput);
        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<string>($"SELECT person_city FROM participants WHERE id = '{participant.Id}'")).Should().Be("Amstelveen");
    }

    [Fact]
    public async Task A_concurrent_correction_of_the_same_entry_names_the_changed_field()
    {
        var participant = await _arrange.ParticipantAsync();
        var entryId = (await WorkHistoryAsync(participant.Id)).Single().Id;
        var first = await _arrange.MunicipalityAsync();
        var second = await fixture.SignInAsAsync(await fixture.CreateUserAsync(_arrange.Municipality));
        var url = $"/deelnemers/{participant.Id}/arbeidsverleden/{entryId}";
        var formFirst = await WebFixture.GetHtmlAsync(first, url);
        var formSecond = await WebFixture.GetHtmlAsync(second, url);

        (await CaseFileArrange.PostLoadedAsync(first, url, formFirst, WorkForm("Transavia"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var refused = await CaseFileArrange.PostLoadedAsync(second, url, formSecond, WorkForm("Martinair"));

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var html = await refused.Content.ReadAsStringAsync();
        WebUtility.HtmlDecode(html).Should().Contain("Werkgever (nu: Transavia)");
        CaseFileArrange.Value(html, "Input.Employer").Should().Be("Martinair");
        (await WorkHistoryAsync(participant.Id)).Single().Employer.Should().Be("Transavia");
    }

    [Fact]
    public async Task A_removal_loaded_before_a_concurrent_change_is_refused_and_the_entry_kept()
    {
        var participant = await _arrange.ParticipantAsync();
        var entryId = (await WorkHistoryAsync(participant.Id)).Single().Id;
        var client = await _arrange.MunicipalityAsync();
        var url = $"/deelnemers/{participant.Id}/arbeidsverleden/{entryId}";
        var stale = await WebFixture.GetHtmlAsync(client, url);

        var personUrl = $"/deelnemers/{participant.Id}/persoon";
        var personForm = await WebFixture.GetHtmlAsync(client, personUrl);
        (await CaseFileArrange.PostLoadedAsync(client, personUrl, personForm, CaseFileArrange.PersonForm())).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var refused = await CaseFileArrange.PostLoadedAsync(client, url + "?handler=Delete", stale, []);

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        CaseFileArrange.Value(await refused.Content.ReadAsStringAsync(), "Input.Employer").Should().Be("KLM");
        (await WorkHistoryAsync(participant.Id)).Should().ContainSingle(e => e.Id == entryId);
    }

    [Fact]
    public async Task Personal_data_typed_into_the_case_file_stays_out_of_the_log()
    {
        var client = await _arrange.MunicipalityAsync();
        var form = CaseFileArrange.With(CaseFileArrange.RegisterForm(), "Person.Surname", "Logtestnaam");
        (await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", form)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        fixture.Factory.Logs.Lines.Should().NotContain(l => l.Contains("Logtestnaam", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_change_in_one_section_conflicts_with_an_edit_loaded_before_it_in_another()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var personUrl = $"/deelnemers/{participant.Id}/persoon";
        var personForm = await WebFixture.GetHtmlAsync(client, personUrl);

        var workUrl = $"/deelnemers/{participant.Id}/arbeidsverleden/nieuw";
        var workForm = await WebFixture.GetHtmlAsync(client, workUrl);
        (await CaseFileArrange.PostLoadedAsync(client, workUrl, workForm, WorkForm())).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var refused = await CaseFileArrange.PostLoadedAsync(client, personUrl, personForm, CaseFileArrange.PersonForm());
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("een ander onderdeel van dit dossier");
        (await fixture.Database.ScalarAsync<string>($"SELECT person_surname FROM participants WHERE id = '{participant.Id}'")).Should().Be("Öztürk");
    }
}
