using Microsoft.Playwright;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Browser.Tests;

/// <summary>Issue 17, "Done when": a case from the werkvoorraad through intake, a template and a hand-over, in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseworkFlowTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const int Region = 11;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_case_is_taken_moved_to_intake_planned_and_handed_over_and_the_union_sees_only_its_own_case()
    {
        var municipality = await fixture.Web.CreateOrganisationAsync(OrganisationType.Municipality, Region, "Gemeente Amsterdam");
        var union = await fixture.Web.CreateOrganisationAsync(OrganisationType.Union, Region, "FNV Groot Amsterdam");
        var provider = await fixture.Web.CreateOrganisationAsync(OrganisationType.ExternalProvider, Region);
        var caseworker = await fixture.Web.CreateUserAsync(municipality);
        var colleague = await fixture.Web.CreateUserAsync(municipality);
        var unionCaseworker = await fixture.Web.CreateUserAsync(union, Role.Caseworker);
        var participant = Sample.Full(Region, municipality.Id, provider.Id, "Öztürk");
        participant.Involve(union.Id, DateTimeOffset.UtcNow);
        await fixture.Web.InsertAsync(participant);
        var other = await fixture.Web.InsertAsync(Sample.Full(Region, municipality.Id, provider.Id, "Jansen"));

        await StepsAsync("casework-gemeente", async page =>
        {
            await fixture.SignInAsync(page, caseworker);
            var queue = page.Locator("#werkvoorraad-lijst");
            await Assertions.Expect(queue).ToContainTextAsync("Öztürk");
            await ExpectNoViolationsAsync(page);
            await queue.Locator("li", new() { HasText = "Öztürk" }).GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).ClickAsync();
            await Assertions.Expect(page.Locator("#mijn-deelnemers-lijst")).ToContainTextAsync("Öztürk");

            await page.Locator("#mijn-deelnemers-lijst").GetByRole(AriaRole.Link, new() { Name = "Ayşe Öztürk" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Fase wijzigen" }).ClickAsync();
            await ExpectNoViolationsAsync(page);
            await page.GetByLabel("Nieuwe fase").SelectOptionAsync(new SelectOptionValue { Label = "Intake" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Fase wijzigen" }).ClickAsync();
            await Assertions.Expect(page.Locator("#traject-fase")).ToContainTextAsync("Intake sinds");

            await page.Locator("section[aria-labelledby=traject]").GetByRole(AriaRole.Link, new() { Name = "Trajectplan" }).ClickAsync();
            await page.GetByLabel("Sjabloon voor de dienst").SelectOptionAsync(new SelectOptionValue { Label = "Aanvullende crisisdienstverlening" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Sjabloon toepassen" }).ClickAsync();
            var actions = page.Locator("#plan-acties");
            await Assertions.Expect(actions.Locator("tbody tr")).ToHaveCountAsync(4);
            await ExpectNoViolationsAsync(page);
            await page.GetByLabel("Status van Intakegesprek").SelectOptionAsync(new SelectOptionValue { Label = "Afgerond" });
            await actions.GetByRole(AriaRole.Button, new() { Name = "Wijzigen (Intakegesprek)" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Status van Intakegesprek")).ToHaveValueAsync(nameof(Domain.Casework.ActionStatus.Done));
        });

        // Two weeks on: the loopbaanadvies, due within fourteen days of the template, is now overdue.
        await fixture.Web.Database.ExecuteAsync($"""
            UPDATE plan_actions SET due_on = CURRENT_DATE - 1 WHERE participant_id = '{participant.Id}' AND catalogue_item_id = '{Web.Data.Configurations.ActionCatalogueSeed.CareerAdvice}'
            """);

        await StepsAsync("casework-overdragen", async page =>
        {
            await fixture.SignInAsync(page, caseworker);
            await page.GotoAsync($"/deelnemers/{participant.Id}/casehouder");
            await ExpectNoViolationsAsync(page);
            await page.GetByLabel("Casehouder").SelectOptionAsync(colleague.Id.ToString());
            await page.GetByLabel("Reden").SelectOptionAsync(new SelectOptionValue { Label = "Verdeling van het werk" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
            await Assertions.Expect(page.Locator("#traject-fase")).ToContainTextAsync("Test Caseworker");
        });

        await StepsAsync("casework-collega", async page =>
        {
            await fixture.SignInAsync(page, colleague);
            var mine = page.Locator("#mijn-deelnemers-lijst");
            await Assertions.Expect(mine).ToContainTextAsync("Öztürk");
            await Assertions.Expect(mine).ToContainTextAsync("volgende actie: Loopbaanadvies");
            await Assertions.Expect(mine).ToContainTextAsync("(te laat)");
            await Assertions.Expect(page.Locator("#acties-lijst")).ToContainTextAsync("Loopbaanadvies");
            await page.SetViewportSizeAsync(390, 844);
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390);
            await ExpectNoViolationsAsync(page);
            await BrowserFixture.ScreenshotAsync(page, "look-home-casework-390");
        });

        await StepsAsync("casework-vakbond", async page =>
        {
            await fixture.SignInAsync(page, unionCaseworker);
            await page.GotoAsync($"/deelnemers/{participant.Id}");
            await Assertions.Expect(page.Locator("#traject-fase")).ToContainTextAsync("Intake sinds");
            await Assertions.Expect(page.Locator("#plan-acties")).ToContainTextAsync("Loopbaanadvies");
            await ExpectNoViolationsAsync(page);
            (await page.GotoAsync($"/deelnemers/{participant.Id}/tijdlijn"))!.Ok.Should().BeTrue();
            await Assertions.Expect(page.Locator("#tijdlijn")).ToContainTextAsync("Fase Aangemeld → Intake");
            (await page.ContentAsync()).Should().NotContainEquivalentOf("banenafspraak").And.NotContainEquivalentOf("werkfit");
            await ExpectNoViolationsAsync(page);
            foreach (var path in new[] { "", "/plan", "/tijdlijn" })
            {
                (await page.GotoAsync($"/deelnemers/{other.Id}{path}"))!.Status.Should().Be(404, path);
                (await page.ContentAsync()).Should().NotContain("Jansen");
            }
        });
    }

    private async Task StepsAsync(string name, Func<IPage, Task> steps)
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
}
