using System.Net;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Validation;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

/// <summary>
/// Input that once reached PostgreSQL or the screen as it came: characters that change length when unaccented,
/// invisible characters, and dates that cannot be. Each gets a Dutch message next to its field, or is stored
/// as it should be; never an error page.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BadInputTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<long> ParticipantCountAsync() => fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participants");

    private async Task<string> RefusedAsync(HttpResponseMessage response, string field, string message)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, "bad input gets the form back, not an error page");
        var html = await response.Content.ReadAsStringAsync();
        var id = field.Replace('.', '_');
        html.Should().Contain($"id=\"{id}-error\"").And.Contain($"href=\"#{id}\"");
        WebUtility.HtmlDecode(html).Should().Contain(message);
        (await ParticipantCountAsync()).Should().Be(0, "nothing is stored");
        return html;
    }

    [Theory]
    [InlineData("ß", 100, "ss")]
    [InlineData("ﬃ", 34, "ffi")]
    [InlineData("㎮", 100, "rad/s")]
    public async Task A_surname_whose_search_key_is_longer_than_the_surname_is_stored_and_found(string character, int count, string unaccented)
    {
        var surname = string.Concat(Enumerable.Repeat(character, count));
        var client = await _arrange.MunicipalityAsync();

        var response = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", CaseFileArrange.With(CaseFileArrange.RegisterForm(), "Person.Surname", surname));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var key = await fixture.Database.ScalarAsync<string>("SELECT person_surname_key FROM participants");
        key.Should().Be(string.Concat(Enumerable.Repeat(unaccented, count)));
        (await WebFixture.SearchParticipantsAsync(client, new() { ["Search.Name"] = unaccented + unaccented })).Should().Contain(surname);
    }

    [Fact]
    public async Task A_surname_over_100_characters_is_refused_and_kept()
    {
        var surname = new string('ß', 101);
        var client = await _arrange.MunicipalityAsync();

        var response = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", CaseFileArrange.With(CaseFileArrange.RegisterForm(), "Person.Surname", surname));

        var html = await RefusedAsync(response, "Person.Surname", "Gebruik hoogstens 100 tekens.");
        CaseFileArrange.Value(html, "Person.Surname").Should().Be(surname);
    }

    [Fact]
    public async Task Names_are_stored_composed_and_their_length_counted_composed()
    {
        var client = await _arrange.MunicipalityAsync();
        var form = CaseFileArrange.RegisterForm();
        form["Person.GivenNames"] = "Ade\u0301le";
        form["Person.Surname"] = "Nguye\u0302\u0303n";
        // 100 letters, 200 UTF-16 units as typed: within the limit once composed.
        form["Person.City"] = string.Concat(Enumerable.Repeat("e\u0301", 100));

        var response = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", form);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var person = await fixture.InScopeAsync(async (_, db) => (await db.Participants.AsNoTracking().SingleAsync()).Person);
        person.GivenNames.Should().Be("Ad\u00E9le");
        person.Surname.Should().Be("Nguy\u1EC5n");
        person.City.Should().Be(new string('\u00E9', 100));
        (await WebFixture.SearchParticipantsAsync(client, new() { ["Search.Name"] = "nguyen" })).Should().Contain("Nguy\u1EC5n");
    }

    [Theory]
    [InlineData("Person.Surname", "Jan\u202Esne", PlainText.BidiMessage)]
    [InlineData("Person.GivenNames", "Pie\u2066ter", PlainText.BidiMessage)]
    [InlineData("Person.Infix", "van\u200Fder", PlainText.BidiMessage)]
    [InlineData("Person.Surname", "Jan\u200Bsen", PlainText.ZeroWidthMessage)]
    [InlineData("Person.Street", "\uFEFFKinkerstraat", PlainText.ZeroWidthMessage)]
    [InlineData("Person.City", "Amster\u2060dam", PlainText.ZeroWidthMessage)]
    [InlineData("Person.HouseNumber", "12\t2", PlainText.ControlMessage)]
    [InlineData("Person.Surname", "Vries\0", PlainText.ControlMessage)]
    [InlineData("Person.GivenNames", "\0", PlainText.ControlMessage)]
    [InlineData("Person.City", "Amsterdam\r\nNoord", PlainText.ControlMessage)]
    public async Task Invisible_and_control_characters_are_refused_next_to_the_field(string field, string value, string message)
    {
        var client = await _arrange.MunicipalityAsync();

        var response = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", CaseFileArrange.With(CaseFileArrange.RegisterForm(), field, value));

        var html = await RefusedAsync(response, field, message);
        CaseFileArrange.Value(html, "Person.Postcode").Should().Be("1053dx", "the rest of the input is kept");
        // A NUL comes back as U+FFFD: the form cannot be read with it in, and the person sees where it was.
        CaseFileArrange.Value(html, field).Should().Be(value.Replace('\0', '\uFFFD'));
    }

    [Fact]
    public async Task A_NUL_in_a_work_history_employer_is_refused_next_to_the_field()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var url = $"/deelnemers/{participant.Id}/arbeidsverleden/nieuw";
        var form = await WebFixture.GetHtmlAsync(client, url);

        var response = await CaseFileArrange.PostLoadedAsync(client, url, form, WorkForm(employer: "KLM\0"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("id=\"Input_Employer-error\"");
        WebUtility.HtmlDecode(html).Should().Contain(PlainText.ControlMessage);
        CaseFileArrange.Value(html, "Input.JobTitle").Should().Be("Beveiliger");
        (await WorkHistoryCountAsync(participant.Id)).Should().Be(1);
    }

    public static TheoryData<string, string, string?> ConsentDates() => new()
    {
        // (days from today of the consent, years before today of the date of birth, expected message)
        { "+1", "-40y", ConsentRule.FutureMessage },
        { "0", "-40y", null },
        { "2020-12-31", "-40y", ConsentRule.BeforeRegulationMessage },
        { "2021-01-01", "-40y", null },
        { "15th-1", "-16y", ConsentRule.TooYoungMessage },
        { "15th", "-16y", null },
        { "15th+1", "-16y", null },
    };

    [Theory]
    [MemberData(nameof(ConsentDates))]
    public async Task Consent_before_2021_before_age_15_or_in_the_future_is_refused(string agreedOn, string born, string? message)
    {
        var today = _arrange.Today;
        var dateOfBirth = today.AddYears(int.Parse(born[..^1], System.Globalization.CultureInfo.InvariantCulture));
        var fifteenth = dateOfBirth.AddYears(15);
        var agreed = agreedOn switch
        {
            "+1" => today.AddDays(1),
            "0" => today,
            "15th-1" => fifteenth.AddDays(-1),
            "15th" => fifteenth,
            "15th+1" => fifteenth.AddDays(1),
            _ => DateOnly.Parse(agreedOn, System.Globalization.CultureInfo.InvariantCulture),
        };
        var form = CaseFileArrange.RegisterForm(CaseFileArrange.Iso(dateOfBirth));
        form["Participation.AgreedOn"] = CaseFileArrange.Iso(agreed);
        var client = await _arrange.MunicipalityAsync();

        var response = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", form);

        if (message is null)
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            (await ParticipantCountAsync()).Should().Be(1);
        }
        else
        {
            var html = await RefusedAsync(response, "Participation.AgreedOn", message);
            CaseFileArrange.Value(html, "Participation.AgreedOn").Should().Be(CaseFileArrange.Iso(agreed));
        }
    }

    [Theory]
    [InlineData("2006-09-01", true)]    // 15 on the day of Sample's consent, 1 September 2021
    [InlineData("2006-09-02", false)]
    public async Task A_corrected_date_of_birth_must_fit_the_recorded_consent(string dateOfBirth, bool accepted)
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var url = $"/deelnemers/{participant.Id}/persoon";
        var form = await WebFixture.GetHtmlAsync(client, url);

        var response = await CaseFileArrange.PostLoadedAsync(client, url, form, CaseFileArrange.PersonForm(dateOfBirth));

        var stored = await fixture.InScopeAsync(async (_, db) => (await db.Participants.AsNoTracking().SingleAsync(p => p.Id == participant.Id)).Person.DateOfBirth);
        if (accepted)
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            stored.Should().Be(DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("id=\"Person_DateOfBirth-error\"");
        WebUtility.HtmlDecode(html).Should().Contain(ConsentRule.DateOfBirthAfterConsentMessage(new DateOnly(2021, 9, 1)));
        CaseFileArrange.Value(html, "Person.DateOfBirth").Should().Be(dateOfBirth);
        stored.Should().Be(participant.Person.DateOfBirth, "nothing is changed");
    }

    private static Dictionary<string, string> WorkForm(string employer = "Schiphol Group", string start = "2010-01-01", string end = "") => new()
    {
        ["Input.Employer"] = employer,
        ["Input.JobTitle"] = "Beveiliger",
        ["Input.StartDate"] = start,
        ["Input.EndDate"] = end,
        ["Input.HoursPerWeek"] = "36",
    };

    private Task<long> WorkHistoryCountAsync(Guid participantId) =>
        fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM work_history_entries WHERE participant_id = '{participantId}'");

    [Theory]
    [InlineData("1995-05-16", WorkHistoryRule.TooYoungMessage)]   // Sample's participant, born 1980-05-17, is 15 the next day
    [InlineData("1995-05-17", null)]
    [InlineData("1995-05-18", null)]
    [InlineData("+0", null)]
    [InlineData("+1", WorkHistoryRule.FutureStartMessage)]
    public async Task Work_history_starting_before_age_15_or_in_the_future_is_refused(string start, string? message)
    {
        var participant = await _arrange.ParticipantAsync();
        var startDate = start.StartsWith('+')
            ? CaseFileArrange.Iso(_arrange.Today.AddDays(int.Parse(start[1..], System.Globalization.CultureInfo.InvariantCulture)))
            : start;
        var client = await _arrange.MunicipalityAsync();
        var url = $"/deelnemers/{participant.Id}/arbeidsverleden/nieuw";
        var form = await WebFixture.GetHtmlAsync(client, url);

        var response = await CaseFileArrange.PostLoadedAsync(client, url, form, WorkForm(start: startDate));

        if (message is null)
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            (await WorkHistoryCountAsync(participant.Id)).Should().Be(2);
            return;
        }

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("id=\"Input_StartDate-error\"");
        WebUtility.HtmlDecode(html).Should().Contain(message);
        CaseFileArrange.Value(html, "Input.StartDate").Should().Be(startDate);
        (await WorkHistoryCountAsync(participant.Id)).Should().Be(1, "Sample's one entry, nothing added");
    }
}
