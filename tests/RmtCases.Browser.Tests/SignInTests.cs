using Microsoft.Playwright;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;

namespace RmtCases.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Web.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_caseworker_signs_in_with_password_and_authenticator_code()
    {
        var organisation = await fixture.Web.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var user = await fixture.Web.CreateUserAsync(organisation);
        var page = await fixture.NewPageAsync();
        try
        {
            (await BrowserFixture.AxeViolationsAsync(await GotoAsync(page, "/account/inloggen"))).Should().BeEmpty();
            await fixture.SignInAsync(page, user);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welkom");
            (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, nameof(A_caseworker_signs_in_with_password_and_authenticator_code));
            throw;
        }
    }

    [Fact]
    public async Task A_union_caseworker_accepts_the_confidentiality_declaration_before_anything_else()
    {
        var organisation = await fixture.Web.CreateOrganisationAsync(OrganisationType.Union, 11);
        var user = await fixture.Web.CreateUserAsync(organisation, Role.Caseworker, declarationAccepted: false);
        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync("/account/inloggen");
            await page.GetByLabel("E-mailadres").FillAsync(user.Email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
            await page.GetByLabel("Wachtwoord").FillAsync(Web.Tests.Infrastructure.WebFixture.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            fixture.Web.Clock.Advance(TimeSpan.FromSeconds(30));
            await page.GetByLabel("Code").FillAsync(fixture.Web.CurrentCode(user));
            await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();

            await page.WaitForURLAsync("**/verklaring");
            (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
            await page.GetByRole(AriaRole.Button, new() { Name = "Verklaring accepteren" }).ClickAsync();
            await Assertions.Expect(page.Locator(".utrecht-form-field-error-message")).ToContainTextAsync("Vink aan");
            await page.GetByLabel("Ik heb de verklaring gelezen").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Verklaring accepteren" }).ClickAsync();
            await page.WaitForURLAsync(fixture.BaseUrl + "/");
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, nameof(A_union_caseworker_accepts_the_confidentiality_declaration_before_anything_else));
            throw;
        }
    }

    [Fact]
    public async Task Signed_out_over_plain_http_the_home_page_leads_to_sign_in_and_signing_in_works()
    {
        fixture.BaseUrl.Should().StartWith("http://127.0.0.1:", "the demo's plain loopback http, not https");
        var user = await fixture.Web.CreateUserAsync(await fixture.Web.CreateOrganisationAsync(OrganisationType.Municipality, 11));
        var page = await fixture.NewPageAsync();
        try
        {
            var response = await page.GotoAsync("/");

            response!.Ok.Should().BeTrue();
            page.Url.Should().StartWith(fixture.BaseUrl + "/account/inloggen");
            await page.GetByLabel("E-mailadres").FillAsync(user.Email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
            await page.GetByLabel("Wachtwoord").FillAsync(Web.Tests.Infrastructure.WebFixture.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await page.WaitForURLAsync(fixture.BaseUrl + "/account/tweede-stap**");
            fixture.Web.Clock.Advance(TimeSpan.FromSeconds(30));
            await page.GetByLabel("Code").FillAsync(fixture.Web.CurrentCode(user));
            await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
            await page.WaitForURLAsync(fixture.BaseUrl + "/");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welkom");
            // Chromium kept the Secure, __Host- session cookie over http because 127.0.0.1 is a secure context.
            var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "__Host-rmt");
            session.Secure.Should().BeTrue();
            session.HttpOnly.Should().BeTrue();
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, nameof(Signed_out_over_plain_http_the_home_page_leads_to_sign_in_and_signing_in_works));
            throw;
        }
    }

    private static async Task<IPage> GotoAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        return page;
    }
}
