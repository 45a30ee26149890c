using Microsoft.Playwright;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Browser.Tests;

/// <summary>/stuurinformatie as a gemeente caseworker and as an administrator: every chart has a title, a description and its table.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FiguresPageTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const int Region = 11;
    private static readonly string[] _figures = ["instroom-uitstroom", "fasen", "resultaten", "doorlooptijd", "dienstverlening", "budget", "uitwisselingen"];

    private Organisation _municipality = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _municipality = await fixture.Web.CreateOrganisationAsync(OrganisationType.Municipality, Region, "Gemeente Zaanstad");
        var provider = await fixture.Web.CreateOrganisationAsync(OrganisationType.ExternalProvider, Region, "Leerwerkbedrijf Zaan");
        await fixture.Web.InScopeAsync(async (_, db) =>
        {
            for (var i = 0; i < 120; i++)
            {
                var participant = Sample.Full(Region, _municipality.Id, provider.Id, $"Cijfer{i}");
                participant.RegisteredAt = new DateTimeOffset(2022, 1 + i % 12, 1 + i % 27, 10, 0, 0, TimeSpan.Zero);
                participant.RoutePhase = (RoutePhase)(1 + i % 6);
                participant.RoutePhaseSince = participant.RegisteredAt.AddDays(20 + i % 40);
                participant.RouteOutcome = participant.RoutePhase == RoutePhase.Completed ? (RouteOutcome)(1 + i % 6) : null;
                participant.RouteAbortReason = participant.RoutePhase == RoutePhase.Aborted ? RouteAbortReason.OwnRequest : null;
                participant.ServiceDeliveries[0].StartDate = new DateOnly(2022, 1 + i % 12, 1);
                db.Participants.Add(participant);
            }

            await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(Role.Caseworker, 1280)]
    [InlineData(Role.Caseworker, 390)]
    [InlineData(Role.Administrator, 1280)]
    [InlineData(Role.Administrator, 390)]
    public async Task Every_chart_has_a_title_a_description_and_its_table_and_the_page_passes_axe(Role role, int width)
    {
        var organisation = role == Role.Administrator
            ? await fixture.Web.CreateOrganisationAsync(OrganisationType.Administration, Region, "Functioneel beheer")
            : _municipality;
        var user = await fixture.Web.CreateUserAsync(organisation, role);
        var page = await fixture.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(width, 900);
            await fixture.SignInAsync(page, user);
            await page.GetByRole(AriaRole.Link, new() { Name = "Stuurinformatie", Exact = true }).ClickAsync();
            await page.GetByLabel("Periode", new() { Exact = true }).SelectOptionAsync("2022");
            await page.GetByRole(AriaRole.Button, new() { Name = "Cijfers tonen" }).ClickAsync();
            await page.WaitForURLAsync("**/stuurinformatie?periode=2022**");

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Stuurinformatie");
            if (role == Role.Administrator)
            {
                await Assertions.Expect(page.GetByLabel("Regio", new() { Exact = true })).ToBeVisibleAsync();
            }

            foreach (var figure in _figures)
            {
                var section = page.Locator($"section#{figure}");
                await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToBeVisibleAsync();
                var chart = section.GetByRole(AriaRole.Img);
                await Assertions.Expect(chart).ToHaveCountAsync(1);
                (await chart.Locator("title").TextContentAsync()).Should().NotBeNullOrWhiteSpace($"the chart of {figure} has a title");
                (await chart.Locator("desc").TextContentAsync()).Should().Contain("tabel", $"the chart of {figure} points to its table");
                await Assertions.Expect(section.GetByRole(AriaRole.Table)).ToHaveCountAsync(1);
                (await section.Locator("table caption").TextContentAsync()).Should().Be(await chart.Locator("title").TextContentAsync());
                await Assertions.Expect(section.GetByRole(AriaRole.Link, new() { Name = "Tabel downloaden als CSV" })).ToBeVisibleAsync();
            }

            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(width);
            (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
            fixture.CspErrors.Should().BeEmpty();
            (await page.Locator("main").InnerTextAsync()).Should().NotContain("Cijfer1", "no participant's name is in the figures");
            await BrowserFixture.ScreenshotAsync(page, $"look-figures-{role}-{width}");
            if (role == Role.Caseworker && width == 1280)
            {
                // The README's picture (docs/stuurinformatie-instroom.png) is this section.
                var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
                Directory.CreateDirectory(directory);
                await page.Locator("section#instroom-uitstroom").ScreenshotAsync(new() { Path = Path.Combine(directory, "figure-instroom-uitstroom.png") });
            }
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, $"{nameof(FiguresPageTests)}-{role}-{width}");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
