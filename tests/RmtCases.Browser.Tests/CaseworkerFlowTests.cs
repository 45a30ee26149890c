using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Browser.Tests;

/// <summary>What a gemeente caseworker does with a case file, in Chromium, with axe-core on every page on the way.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CaseworkerFlowTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const int Region = 11;

    private Organisation _municipality = null!;
    private TestUser _caseworker = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _municipality = await fixture.Web.CreateOrganisationAsync(OrganisationType.Municipality, Region);
        _caseworker = await fixture.Web.CreateUserAsync(_municipality);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public Task Searching_without_accents_finds_the_participant_with_accents() => WithScreenshotAsync(nameof(Searching_without_accents_finds_the_participant_with_accents), async page =>
    {
        await ParticipantAsync("Öztürk");
        await ParticipantAsync("Jansen");
        await fixture.SignInAsync(page, _caseworker);
        await page.GotoAsync("/deelnemers");
        await ExpectNoViolationsAsync(page);

        await page.GetByLabel("Achternaam").FillAsync("Ozturk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();

        var results = page.GetByRole(AriaRole.Table);
        await Assertions.Expect(results.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Ayşe Öztürk"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 deelnemer gevonden");
        await ExpectNoViolationsAsync(page);
    });

    [Fact]
    public Task A_caseworker_registers_a_participant_with_the_record_of_voluntary_participation() => WithScreenshotAsync(nameof(A_caseworker_registers_a_participant_with_the_record_of_voluntary_participation), async page =>
    {
        await fixture.SignInAsync(page, _caseworker);
        await RegisterAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jan de Vries");
        var participation = page.Locator("section[aria-labelledby=deelname]");
        await Assertions.Expect(participation).ToContainTextAsync("In een gesprek");
        await Assertions.Expect(participation).ToContainTextAsync("2021");
        await ExpectNoViolationsAsync(page);
    });

    [Fact]
    public Task A_caseworker_adds_a_work_history_entry() => WithScreenshotAsync(nameof(A_caseworker_adds_a_work_history_entry), async page =>
    {
        var participant = await ParticipantAsync("Öztürk");
        await fixture.SignInAsync(page, _caseworker);
        await AddWorkHistoryAsync(page, participant.Id);

        await Assertions.Expect(page.Locator("section[aria-labelledby=arbeidsverleden]")).ToContainTextAsync("Bakkerij De Korenbloem");
        await ExpectNoViolationsAsync(page);
    });

    [Fact]
    public Task A_validation_error_is_shown_next_to_the_field_and_the_input_is_kept() => WithScreenshotAsync(nameof(A_validation_error_is_shown_next_to_the_field_and_the_input_is_kept), async page =>
    {
        await fixture.SignInAsync(page, _caseworker);
        await page.GotoAsync("/deelnemers/nieuw");
        await ExpectNoViolationsAsync(page);

        var fourteen = fixture.Web.Clock.TodayInNetherlands().AddYears(-14);
        await FillPersonAsync(page, dateOfBirth: Iso(fourteen), postcode: "12345");
        await BrowserFixture.FillDateAsync(page, "Datum van instemming", "2021-09-01");
        await page.GetByLabel("Hoe is de deelnemer geïnformeerd?").SelectOptionAsync(nameof(InformedBy.InPerson));
        await page.GetByRole(AriaRole.Button, new() { Name = "Deelnemer registreren" }).ClickAsync();

        await Assertions.Expect(page.Locator("#Person_Postcode-error")).ToHaveTextAsync(DutchPostcode.Message);
        await Assertions.Expect(page.Locator("#Person_DateOfBirth-error")).ToContainTextAsync("15");
        await Assertions.Expect(page.GetByLabel("Postcode")).ToHaveAttributeAsync("aria-invalid", "true");
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = DutchPostcode.Message })).ToHaveAttributeAsync("href", "#Person_Postcode");

        // What the caseworker typed is still there, the wrong values included, to correct rather than retype.
        await Assertions.Expect(page.GetByLabel("Postcode")).ToHaveValueAsync("12345");
        await Assertions.Expect(page.GetByLabel("Voornamen")).ToHaveValueAsync("Jan");
        var dateOfBirth = BrowserFixture.DateGroup(page, "Geboortedatum");
        await Assertions.Expect(dateOfBirth.GetByLabel("Dag")).ToHaveValueAsync(fourteen.Day.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(dateOfBirth.GetByLabel("Maand")).ToHaveValueAsync(fourteen.Month.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(dateOfBirth.GetByLabel("Jaar")).ToHaveValueAsync(fourteen.Year.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByLabel("Hoe is de deelnemer geïnformeerd?")).ToHaveValueAsync(nameof(InformedBy.InPerson));
        await ExpectNoViolationsAsync(page);

        await summary.GetByRole(AriaRole.Link, new() { Name = DutchPostcode.Message }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#Person_Postcode$"));
    });

    [Fact]
    public async Task An_edit_conflict_names_what_the_other_person_changed_and_keeps_the_input()
    {
        var participant = await ParticipantAsync("Öztürk");
        var colleague = await fixture.Web.CreateUserAsync(_municipality);
        var first = await fixture.NewPageAsync();
        var second = await fixture.NewPageAsync();
        try
        {
            await fixture.SignInAsync(first, _caseworker);
            await fixture.SignInAsync(second, colleague);
            var url = $"/deelnemers/{participant.Id}/persoon";
            await first.GotoAsync(url);
            await second.GotoAsync(url);
            await ExpectNoViolationsAsync(second);

            await first.GetByLabel("Straat").FillAsync("Damrak");
            await first.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
            await first.WaitForURLAsync($"**/deelnemers/{participant.Id}#persoon");

            await second.GetByLabel("Woonplaats").FillAsync("Diemen");
            await second.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
            var refusal = second.GetByRole(AriaRole.Alert);
            await Assertions.Expect(refusal).ToContainTextAsync("Straat (nu: Damrak)");
            await Assertions.Expect(refusal).ToContainTextAsync("niet opgeslagen");
            await Assertions.Expect(second.GetByLabel("Woonplaats")).ToHaveValueAsync("Diemen");
            await ExpectNoViolationsAsync(second);

            // Having read what changed, the second person takes the street over and saves on purpose.
            await second.GetByLabel("Straat").FillAsync("Damrak");
            await second.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
            await second.WaitForURLAsync($"**/deelnemers/{participant.Id}#persoon");
            var person = second.Locator("section[aria-labelledby=persoon]");
            await Assertions.Expect(person).ToContainTextAsync("Damrak");
            await Assertions.Expect(person).ToContainTextAsync("Diemen");
            fixture.CspErrors.Should().BeEmpty();
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(first, nameof(An_edit_conflict_names_what_the_other_person_changed_and_keeps_the_input) + "-first");
            await BrowserFixture.ScreenshotAsync(second, nameof(An_edit_conflict_names_what_the_other_person_changed_and_keeps_the_input) + "-second");
            throw;
        }
        finally
        {
            await first.Context.CloseAsync();
            await second.Context.CloseAsync();
        }
    }

    [Fact]
    public Task Withdrawing_participation_makes_the_file_read_only_and_shows_the_erasure_date() => WithScreenshotAsync(nameof(Withdrawing_participation_makes_the_file_read_only_and_shows_the_erasure_date), async page =>
    {
        var participant = await ParticipantAsync("Öztürk");
        await fixture.SignInAsync(page, _caseworker);
        await page.GotoAsync($"/deelnemers/{participant.Id}");
        await ExpectNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Deelname beëindigen" }).ClickAsync();
        await ExpectNoViolationsAsync(page);

        await BrowserFixture.FillDateAsync(page, "Datum van beëindiging", Iso(fixture.Web.Clock.TodayInNetherlands()));
        await page.GetByLabel("Reden").SelectOptionAsync(nameof(WithdrawalReason.FoundWork));
        await page.GetByRole(AriaRole.Button, new() { Name = "Doorgaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Weet u zeker dat u de deelname wilt beëindigen?");
        await ExpectNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, deelname beëindigen" }).ClickAsync();
        await page.WaitForURLAsync($"**/deelnemers/{participant.Id}*");

        var notice = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "beëindigd" });
        await Assertions.Expect(notice).ToContainTextAsync("kan niet meer worden gewijzigd");
        await Assertions.Expect(notice).ToContainTextAsync("gewist op");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Persoonsgegevens wijzigen" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Werkervaring toevoegen" })).ToHaveCountAsync(0);
        await ExpectNoViolationsAsync(page);
    });

    [Fact]
    public async Task Registering_and_adding_work_history_work_without_JavaScript()
    {
        var page = await fixture.NewPageAsync(javaScriptEnabled: false);
        try
        {
            await fixture.SignInAsync(page, _caseworker);
            await RegisterAsync(page);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jan de Vries");
            var id = Guid.Parse(IdInUrl().Match(page.Url).Groups[1].Value);

            await AddWorkHistoryAsync(page, id);
            await Assertions.Expect(page.Locator("section[aria-labelledby=arbeidsverleden]")).ToContainTextAsync("Bakkerij De Korenbloem");

            // A validation error round-trips without script too.
            await page.GotoAsync($"/deelnemers/{id}/persoon");
            await page.GetByLabel("Postcode").FillAsync("12345");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
            await Assertions.Expect(page.Locator("#Person_Postcode-error")).ToHaveTextAsync(DutchPostcode.Message);
            await Assertions.Expect(page.GetByLabel("Postcode")).ToHaveValueAsync("12345");
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, nameof(Registering_and_adding_work_history_work_without_JavaScript));
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public Task A_caseworker_shares_a_case_as_an_encrypted_pdf_and_downloads_it_once() => WithScreenshotAsync(nameof(A_caseworker_shares_a_case_as_an_encrypted_pdf_and_downloads_it_once), async page =>
    {
        var participant = await ParticipantAsync("Öztürk");
        await fixture.Web.CreateOrganisationAsync(OrganisationType.Uwv, Region, "UWV Groot Amsterdam");
        await fixture.SignInAsync(page, _caseworker);
        await page.GotoAsync($"/deelnemers/{participant.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Delen", Exact = true }).ClickAsync();
        await page.GetByLabel("Met welke organisatie deelt u gegevens?").SelectOptionAsync(new SelectOptionValue { Label = "UWV Groot Amsterdam (UWV)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        await page.GetByLabel("Persoonsgegevens").CheckAsync();
        await page.GetByLabel("Arbeidsverleden").CheckAsync();
        // Issue 14: the purpose is chosen from a list, never typed.
        await page.GetByLabel("Bemiddeling naar een vacature").CheckAsync();
        await ExpectNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Versleuteld bestand maken" }).ClickAsync();

        var password = (await page.Locator("#export-password").TextContentAsync())!.Trim();
        password.Should().MatchRegex("^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){4}$");
        await ExpectNoViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-download").ClickAsync());
        var path = await download.PathAsync();
        using var document = UglyToad.PdfPig.PdfDocument.Open(path, new UglyToad.PdfPig.ParsingOptions { Password = password });
        var text = string.Join(' ', document.GetPages().Select(p => p.Text));
        text.Should().Contain("Vertrouwelijk").And.Contain("Öztürk").And.Contain("KLM");
        text.Should().NotContain("Travel & Hospitality", "education was not chosen");

        var again = await page.Context.APIRequest.GetAsync(download.Url);
        again.Status.Should().Be(404, "the download works once");
    });

    private async Task WithScreenshotAsync(string name, Func<IPage, Task> steps)
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await steps(page);
            fixture.CspErrors.Should().BeEmpty("the CSP allows no inline script or style");
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, name);
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task ExpectNoViolationsAsync(IPage page) =>
        (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty($"axe-core on {page.Url}");

    private async Task<Participant> ParticipantAsync(string surname)
    {
        var provider = await fixture.Web.CreateOrganisationAsync(OrganisationType.ExternalProvider, Region);
        return await fixture.Web.InsertAsync(Sample.Full(Region, _municipality.Id, provider.Id, surname));
    }

    private static async Task FillPersonAsync(IPage page, string dateOfBirth = "1980-05-17", string postcode = "1053 DX")
    {
        await page.GetByLabel("Voornamen").FillAsync("Jan");
        await page.GetByLabel("Tussenvoegsel").FillAsync("de");
        await page.GetByLabel("Achternaam").FillAsync("Vries");
        await BrowserFixture.FillDateAsync(page, "Geboortedatum", dateOfBirth);
        await page.GetByLabel("Straat").FillAsync("Kinkerstraat");
        await page.GetByLabel("Huisnummer").FillAsync("12-2");
        await page.GetByLabel("Postcode").FillAsync(postcode);
        await page.GetByLabel("Woonplaats").FillAsync("Amsterdam");
        await page.GetByLabel("Telefoonnummer").FillAsync("06 12345678");
    }

    private static async Task RegisterAsync(IPage page)
    {
        await page.GotoAsync("/deelnemers/nieuw");
        await FillPersonAsync(page);
        await BrowserFixture.FillDateAsync(page, "Datum van instemming", "2021-09-01");
        await page.GetByLabel("Hoe is de deelnemer geïnformeerd?").SelectOptionAsync(nameof(InformedBy.InPerson));
        await page.GetByRole(AriaRole.Button, new() { Name = "Deelnemer registreren" }).ClickAsync();
        await page.WaitForURLAsync(IdInUrl());
    }

    private static async Task AddWorkHistoryAsync(IPage page, Guid participantId)
    {
        await page.GotoAsync($"/deelnemers/{participantId}/arbeidsverleden/nieuw");
        await page.GetByLabel("Werkgever").FillAsync("Bakkerij De Korenbloem");
        await page.GetByLabel("Functie").FillAsync("Bakker");
        await BrowserFixture.FillDateAsync(page, "Begindatum", "2015-01-01");
        await BrowserFixture.FillDateAsync(page, "Einddatum", "2021-06-30");
        await page.GetByLabel("Uren per week").FillAsync("32,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync($"**/deelnemers/{participantId}#arbeidsverleden");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("/deelnemers/([0-9a-f-]{36})(?:[#?].*)?$")]
    private static partial Regex IdInUrl();
}
