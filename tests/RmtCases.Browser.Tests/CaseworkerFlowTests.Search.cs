using Microsoft.Playwright;

namespace RmtCases.Browser.Tests;

/// <summary>Issue 15 point 3 as a person meets it: the back button and "Terug naar de deelnemers" keep the search.</summary>
public sealed partial class CaseworkerFlowTests
{
    [Fact]
    public Task Back_from_a_case_file_keeps_the_search_and_its_page() => WithScreenshotAsync(nameof(Back_from_a_case_file_keeps_the_search_and_its_page), async page =>
    {
        for (var i = 0; i < 27; i++)
        {
            await ParticipantAsync($"Visser{i:00}");
        }

        await ParticipantAsync("Bakker");
        await fixture.SignInAsync(page, _caseworker);
        await page.GotoAsync("/deelnemers");
        await page.GetByLabel("Achternaam").FillAsync("viss");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();
        var results = page.GetByRole(AriaRole.Table);
        await Assertions.Expect(results.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Ayşe Visser25", "Ayşe Visser26"]);
        var resultsUrl = page.Url;
        resultsUrl.Should().MatchRegex("/deelnemers\\?zoekopdracht=[0-9a-f]{32}&pagina=2$").And.NotContainEquivalentOf("viss");

        await results.GetByRole(AriaRole.Link, new() { Name = "Ayşe Visser25" }).ClickAsync();
        await page.WaitForURLAsync(IdInUrl());
        await page.GoBackAsync();

        // A POST result would now be Chromium's "Confirm Form Resubmission" page, without the table.
        page.Url.Should().Be(resultsUrl);
        await Assertions.Expect(results.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Ayşe Visser25", "Ayşe Visser26"]);

        await results.GetByRole(AriaRole.Link, new() { Name = "Ayşe Visser26" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de deelnemers" }).ClickAsync();
        await page.WaitForURLAsync(resultsUrl);
        await Assertions.Expect(page.GetByLabel("Achternaam")).ToHaveValueAsync("viss");
        await Assertions.Expect(results.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Ayşe Visser25", "Ayşe Visser26"]);
        await ExpectNoViolationsAsync(page);
    });
}
