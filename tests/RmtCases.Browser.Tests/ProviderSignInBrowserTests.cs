using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Browser.Tests;

/// <summary>Signing in through the organisation's own OpenID Provider as a person does it, in Chromium.</summary>
[Collection(SsoBrowserCollection.Name)]
public sealed class ProviderSignInBrowserTests(SsoBrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Web.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_caseworker_signs_in_at_her_organisation_and_is_linked_on_first_use()
    {
        await SsoFixture.ArrangeAsync(fixture.Web, fixture.Provider.Issuer, SsoFixture.Organisation, SsoFixture.Domain);
        var anna = await fixture.Web.CreateUserAsync(await fixture.Web.FindAsync<Domain.Organisations.Organisation>(SsoFixture.Organisation) ?? throw new InvalidOperationException(), email: "anna@sso.test");
        var page = await fixture.NewPageAsync();
        try
        {
            await ThroughProviderAsync(page, anna.Email, "anna");

            await page.WaitForURLAsync(fixture.BaseUrl + "/");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welkom");
            (await fixture.Web.InScopeAsync(async (_, db) => await db.UserLogins.CountAsync(l => l.UserId == anna.Id && l.ProviderKey == "anna-0001"))).Should().Be(1);

            await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
            var endSession = page.GetByRole(AriaRole.Link, new() { Name = "Ook uitloggen bij uw organisatie" });
            await Assertions.Expect(endSession).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(fixture.Provider.Issuer + "/session/end?client_id=")));
            (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
            (await fixture.Web.InScopeAsync(async (_, db) => await db.AuthSessions.CountAsync(s => s.UserId == anna.Id))).Should().Be(0);
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, nameof(A_caseworker_signs_in_at_her_organisation_and_is_linked_on_first_use));
            throw;
        }
    }

    [Fact]
    public async Task Without_the_providers_second_factor_the_authenticator_code_is_asked()
    {
        await SsoFixture.ArrangeAsync(fixture.Web, fixture.Provider.Issuer, SsoFixture.Organisation, SsoFixture.Domain);
        var bert = await fixture.Web.CreateUserAsync(await fixture.Web.FindAsync<Domain.Organisations.Organisation>(SsoFixture.Organisation) ?? throw new InvalidOperationException(), email: "bert@sso.test");
        var page = await fixture.NewPageAsync();
        try
        {
            await ThroughProviderAsync(page, bert.Email, "bert");

            await page.WaitForURLAsync("**/account/tweede-stap**");
            fixture.Web.Clock.Advance(TimeSpan.FromSeconds(30));
            await page.GetByLabel("Code").FillAsync(fixture.Web.CurrentCode(bert));
            await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
            await page.WaitForURLAsync(fixture.BaseUrl + "/");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welkom");
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, nameof(Without_the_providers_second_factor_the_authenticator_code_is_asked));
            throw;
        }
    }

    [Fact]
    public async Task A_person_the_organisation_knows_but_RmtCases_does_not_is_told_so_in_Dutch()
    {
        await SsoFixture.ArrangeAsync(fixture.Web, fixture.Provider.Issuer, SsoFixture.Organisation, SsoFixture.Domain);
        var page = await fixture.NewPageAsync();
        try
        {
            await ThroughProviderAsync(page, "carla@sso.test", "carla");

            await page.WaitForURLAsync("**/account/sso/geweigerd**");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("RmtCases heeft geen account voor u");
            (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, nameof(A_person_the_organisation_knows_but_RmtCases_does_not_is_told_so_in_Dutch));
            throw;
        }
    }

    private static async Task ThroughProviderAsync(IPage page, string email, string login)
    {
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        // The provider's own sign-in page.
        await page.GetByLabel("Gebruikersnaam").FillAsync(login);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen bij organisatie" }).ClickAsync();
    }
}
