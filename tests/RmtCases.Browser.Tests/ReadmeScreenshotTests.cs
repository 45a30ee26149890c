using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RmtCases.Web.Features.Demo;

namespace RmtCases.Browser.Tests;

/// <summary>
/// The README's three screenshots (issue 15, README): the participant list, a case file and the share step, from
/// the demo data at 1280 px. Every run checks that the three pages show what the pictures claim; only with
/// RMT_SCREENSHOTS=1 are the pictures written into docs/screenshots of the checkout, so a normal test run
/// never rewrites tracked files.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadmeScreenshotTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_readme_shows_the_list_a_case_file_and_the_share_step_of_the_demo()
    {
        await fixture.Web.InScopeAsync(async (services, _) => await DemoSeeder.SeedAsync(services, CancellationToken.None));
        var amsterdam = await fixture.Web.InScopeAsync(async (_, db) => await db.Organisations.AsNoTracking().SingleAsync(o => o.Name == "Gemeente Amsterdam"));
        var caseworker = await fixture.Web.CreateUserAsync(amsterdam);
        var page = await fixture.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(1280, 800);
            await fixture.SignInAsync(page, caseworker);

            await page.GotoAsync("/deelnemers");
            await Assertions.Expect(page.Locator("table tbody tr").First).ToBeVisibleAsync();
            await ShotAsync(page, "deelnemers");

            await page.Locator("table tbody tr a").First.ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/deelnemers/[0-9a-f-]{36}$"));
            var file = page.Url;
            await Assertions.Expect(page.Locator("section[aria-labelledby=persoon]")).ToBeVisibleAsync();
            await ShotAsync(page, "dossier");

            // The step that matters: what is shared, for which purpose, with whom.
            await page.GotoAsync(file + "/delen");
            await page.GetByLabel("Met welke organisatie deelt u gegevens?").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stap 2 van 2", Exact = false })).ToBeVisibleAsync();
            await ShotAsync(page, "delen");
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, nameof(The_readme_shows_the_list_a_case_file_and_the_share_step_of_the_demo));
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The first screen of the page (not the full page: a README picture is a glance, not a scroll).</summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        var directory = Environment.GetEnvironmentVariable("RMT_SCREENSHOTS") == "1"
            ? Path.Combine(Checkout(), "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots", "readme");
        Directory.CreateDirectory(directory);
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png") });
        bytes.Length.Should().BeGreaterThan(10_000, "a screenshot of a page with content");
    }

    private static string Checkout()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RmtCases.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RmtCases.sln not found above the test binaries.");
    }
}
