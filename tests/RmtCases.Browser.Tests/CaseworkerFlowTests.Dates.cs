using Microsoft.Playwright;
using RmtCases.Domain.Participants;

namespace RmtCases.Browser.Tests;

/// <summary>Issue 15 point 4: memorable dates as three fields, whatever the browser's locale, with errors per part.</summary>
public sealed partial class CaseworkerFlowTests
{
    [Fact]
    public async Task In_an_english_locale_browser_a_date_typed_the_dutch_way_is_stored_as_typed()
    {
        var page = await fixture.NewPageAsync(locale: "en-US");
        try
        {
            await fixture.SignInAsync(page, _caseworker);
            await page.GotoAsync("/deelnemers/nieuw");
            await FillPersonAsync(page, dateOfBirth: "1980-09-01");
            await BrowserFixture.FillDateAsync(page, "Datum van instemming", "2021-09-01");
            await page.GetByLabel("Hoe is de deelnemer geïnformeerd?").SelectOptionAsync(nameof(InformedBy.InPerson));
            await page.GetByRole(AriaRole.Button, new() { Name = "Deelnemer registreren" }).ClickAsync();
            await page.WaitForURLAsync(IdInUrl());

            // 1 September, not 9 January: the native date input of an en-US Chromium read 01-09 the American way.
            await Assertions.Expect(page.Locator("section[aria-labelledby=persoon]")).ToContainTextAsync("01-09-1980");
            await Assertions.Expect(page.Locator("section[aria-labelledby=deelname]")).ToContainTextAsync("01-09-2021");
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, nameof(In_an_english_locale_browser_a_date_typed_the_dutch_way_is_stored_as_typed));
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public Task A_missing_part_of_a_date_is_named_marked_and_the_other_parts_kept() => WithScreenshotAsync(nameof(A_missing_part_of_a_date_is_named_marked_and_the_other_parts_kept), async page =>
    {
        await fixture.SignInAsync(page, _caseworker);
        await page.GotoAsync("/deelnemers/nieuw");
        var dateOfBirth = BrowserFixture.DateGroup(page, "Geboortedatum");
        await dateOfBirth.GetByLabel("Dag").FillAsync("17");
        await dateOfBirth.GetByLabel("Jaar").FillAsync("1980");
        await page.GetByRole(AriaRole.Button, new() { Name = "Deelnemer registreren" }).ClickAsync();

        await Assertions.Expect(page.Locator("#Person_DateOfBirth-error")).ToHaveTextAsync("Vul ook de maand in.");
        await Assertions.Expect(dateOfBirth.GetByLabel("Maand")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(dateOfBirth.GetByLabel("Dag")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(dateOfBirth.GetByLabel("Dag")).ToHaveValueAsync("17");
        await Assertions.Expect(dateOfBirth.GetByLabel("Jaar")).ToHaveValueAsync("1980");
        await page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "Vul ook de maand in." }).ClickAsync();
        await Assertions.Expect(dateOfBirth.GetByLabel("Dag")).ToBeFocusedAsync();
        await ExpectNoViolationsAsync(page);
    });
}
