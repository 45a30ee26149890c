using Microsoft.Playwright;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Browser.Tests;

/// <summary>The caseworker's home page with recent files and counts, on a 390-px phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const int Region = 11;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_home_page_with_recent_files_fits_390_px_and_passes_axe()
    {
        var municipality = await fixture.Web.CreateOrganisationAsync(OrganisationType.Municipality, Region);
        var provider = await fixture.Web.CreateOrganisationAsync(OrganisationType.ExternalProvider, Region);
        var participant = Sample.Full(Region, municipality.Id, provider.Id, "Van Oosterwijk-Çelik-Bouzambou");
        await fixture.Web.InsertAsync(participant);
        var user = await fixture.Web.CreateUserAsync(municipality);
        var page = await fixture.NewPageAsync();
        try
        {
            await fixture.SignInAsync(page, user);
            (await page.GotoAsync($"/deelnemers/{participant.Id}"))!.Ok.Should().BeTrue();
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync("/");

            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Van Oosterwijk-Çelik-Bouzambou");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Signalen" })).ToBeVisibleAsync();
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390);
            (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
            fixture.CspErrors.Should().BeEmpty();
            await BrowserFixture.ScreenshotAsync(page, "look-home-390");
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, nameof(HomePageTests));
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
