using System.Net;
using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

/// <summary>Issue 15 point 4: memorable dates are three fields (dag, maand, jaar), bound into one date, with errors per part.</summary>
[Collection(WebCollection.Name)]
public sealed class DateInputTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_date_question_of_the_case_file_is_asked_as_three_fields()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        var file = $"/deelnemers/{participant.Id}";
        var pages = new Dictionary<string, string[]>
        {
            ["/deelnemers"] = ["Search.DateOfBirth"],
            ["/deelnemers/nieuw"] = ["Person.DateOfBirth", "Participation.AgreedOn"],
            [$"{file}/persoon"] = ["Person.DateOfBirth"],
            [$"{file}/arbeidsverleden/nieuw"] = ["Input.StartDate", "Input.EndDate"],
            [$"{file}/bemiddeling/nieuw"] = ["Input.Date"],
            [$"{file}/dienstverlening/nieuw"] = ["Input.StartDate", "Input.EndDate"],
            [$"{file}/doelgroep"] = ["Input.RegisteredOn"],
            [$"{file}/beeindigen"] = ["Input.On"],
        };

        foreach (var (url, fields) in pages)
        {
            var html = await WebFixture.GetHtmlAsync(client, url);
            html.Should().NotContain("type=\"date\"", url);
            foreach (var field in fields)
            {
                html.Should().Contain($"name=\"{field}.dag\"", url).And.Contain($"name=\"{field}.maand\"", url).And.Contain($"name=\"{field}.jaar\"", url);
            }
        }
    }

    [Fact]
    public async Task Three_fields_are_stored_as_the_date_they_say()
    {
        var client = await _arrange.MunicipalityAsync();
        var form = DateForm.InParts(CaseFileArrange.RegisterForm(), "Person.DateOfBirth", "1", "9", "1980");
        form = DateForm.InParts(form, "Participation.AgreedOn", " 01 ", "09", "2021");

        var response = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", form);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = await fixture.InScopeAsync(async (_, db) => await db.Participants.AsNoTracking().SingleAsync());
        stored.Person.DateOfBirth.Should().Be(new DateOnly(1980, 9, 1));
        stored.ParticipationAgreedOn.Should().Be(new DateOnly(2021, 9, 1));
    }

    [Theory]
    [InlineData("17", "", "1980", "Vul ook de maand in.", "maand")]
    [InlineData("", "5", "", "Vul ook de dag en het jaar in.", "dag jaar")]
    [InlineData("32", "5", "1980", "Vul bij dag een getal in van 1 tot en met 31.", "dag")]
    [InlineData("17", "mei", "1980", "Vul bij maand een getal in van 1 tot en met 12.", "maand")]
    [InlineData("17", "5", "80", "Vul bij jaar vier cijfers in, bijvoorbeeld 1980.", "jaar")]
    [InlineData("31", "2", "1980", "Deze datum bestaat niet. Controleer de dag en de maand.", "dag maand jaar")]
    [InlineData("", "", "", "Vul de geboortedatum in.", "dag maand jaar")]
    public async Task A_wrong_part_is_named_marked_and_every_part_kept(string day, string month, string year, string message, string marked)
    {
        var client = await _arrange.MunicipalityAsync();

        var response = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", DateForm.InParts(CaseFileArrange.RegisterForm(), "Person.DateOfBirth", day, month, year));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        WebUtility.HtmlDecode(html).Should().Contain($"id=\"Person_DateOfBirth-error\">{message}</div>").And.Contain($"href=\"#Person_DateOfBirth\"");
        foreach (var (part, value) in new[] { ("dag", day), ("maand", month), ("jaar", year) })
        {
            CaseFileArrange.Value(html, $"Person.DateOfBirth.{part}").Should().Be(value.Trim());
            var input = System.Text.RegularExpressions.Regex.Match(html, $"<input[^>]*name=\"Person.DateOfBirth.{part}\"[^>]*>").Value;
            input.Contains("aria-invalid=\"true\"", StringComparison.Ordinal).Should().Be(marked.Split(' ').Contains(part), part);
        }

        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participants")).Should().Be(0);
    }
}
