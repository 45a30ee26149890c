using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RmtCases.Domain.Access;
using RmtCases.Domain.Audit;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Browser.Tests;

/// <summary>What an administrator meets on the log, the retention page and the new-account confirmation, at 1280 and 390 px.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AdministrationPagesTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const int Region = 11;

    private Organisation _municipality = null!;
    private TestUser _administrator = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _municipality = await fixture.Web.CreateOrganisationAsync(OrganisationType.Municipality, Region, "Gemeente Zaanstad");
        _administrator = await fixture.Web.CreateUserAsync(_municipality, Role.Administrator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public Task The_log_opens_with_the_newest_events_in_Dutch_25_to_a_page() => WithPageAsync(nameof(The_log_opens_with_the_newest_events_in_Dutch_25_to_a_page), async page =>
    {
        var caseworker = await fixture.Web.CreateUserAsync(_municipality);
        var participant = Guid.NewGuid();
        await fixture.Web.InScopeAsync(async (_, db) =>
        {
            for (var i = 0; i < 30; i++)
            {
                db.AuditEvents.Add(new AuditEvent
                {
                    UserId = caseworker.Id, OrganisationId = _municipality.Id, OrganisationType = nameof(OrganisationType.Municipality),
                    Role = nameof(Role.Caseworker), Action = AuditActions.ParticipantViewed, ParticipantId = participant, Categories = "a,b",
                    // A code longer than a phone's column must not widen the page.
                    Fields = i == 29 ? "work_history_entries.start_date_and_end_date_of_the_employment" : null,
                    Outcome = AuditOutcomes.Success,
                });
            }

            await db.SaveChangesAsync();
        });
        await fixture.SignInAsync(page, _administrator);

        await page.GetByRole(AriaRole.Link, new() { Name = "Logboek", Exact = true }).ClickAsync();
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logboek");
        await Assertions.Expect(page.Locator("#foutmeldingen")).ToHaveCountAsync(0);
        // The sign-in of the administrator is among the events too.
        await Assertions.Expect(page.Locator("#audit-count")).ToContainTextAsync(new Regex("^Gebeurtenis 1 tot en met 25 van 3[0-9], nieuwste eerst$"));
        var rows = main.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        await Assertions.Expect(main).ToContainTextAsync("Dossier ingezien");
        await Assertions.Expect(main).ToContainTextAsync("Consulent");
        await Assertions.Expect(main).ToContainTextAsync("Gemeente Zaanstad");
        await Assertions.Expect(main).ToContainTextAsync("Gelukt");
        // "Test Caseworker" is the person's name; the role is shown as "Consulent".
        var text = (await main.InnerTextAsync()).Replace("Test Caseworker", "", StringComparison.Ordinal);
        foreach (var code in new[] { "participant.viewed", "Municipality", "Caseworker", "success", "Audittrail", "/Admin/Audit" })
        {
            text.Should().NotContain(code);
        }

        // Short ids: the start on one line, the whole id in the text and the title.
        var id = main.Locator("td[data-label=Deelnemer] .rmt-id").First;
        (await id.TextContentAsync()).Should().Be(participant.ToString());
        (await id.GetAttributeAsync("title")).Should().Be(participant.ToString());
        var box = (await id.BoundingBoxAsync())!;
        box.Width.Should().BeLessThan(120, "the id shows its start only");
        box.Height.Should().BeLessThan(40, "an id never wraps a character a line");
        (await FrameworkEnglishIn(page)).Should().BeEmpty();
        (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();

        // Paging is a link: the address of a page opens that page again.
        await page.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("pagina=2"));
        await Assertions.Expect(rows).ToHaveCountAsync(await TotalAsync(page) - 25);
        await Assertions.Expect(page.Locator("#audit-count")).ToContainTextAsync("Gebeurtenis 26 tot en met");
        var bookmark = page.Url;
        await page.GotoAsync(bookmark);
        await Assertions.Expect(page.Locator("#audit-count")).ToContainTextAsync("Gebeurtenis 26 tot en met");

        // The staff filter is a list of people, not a pasted id.
        await page.GotoAsync("/beheer/audit");
        await page.GetByLabel("Medewerker").SelectOptionAsync(new SelectOptionValue { Label = $"Test Caseworker ({caseworker.Email})" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#audit-count")).ToHaveTextAsync("Gebeurtenis 1 tot en met 25 van 30, nieuwste eerst");
        page.Url.Should().Contain("Filter.UserId=" + caseworker.Id);
        await page.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();
        await Assertions.Expect(page.Locator("#audit-count")).ToHaveTextAsync("Gebeurtenis 26 tot en met 30 van 30, nieuwste eerst");
        await Assertions.Expect(page.GetByLabel("Medewerker")).ToHaveValueAsync(caseworker.Id.ToString());

        // The chain check has a Dutch address.
        await page.GetByRole(AriaRole.Button, new() { Name = "Keten controleren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verification")).ToContainTextAsync("De keten is intact");
        page.Url.Should().EndWith("/beheer/audit/controleren");

        await page.GotoAsync("/beheer/audit");
        await BrowserFixture.ScreenshotAsync(page, "look-audit-1280");
        (await WidthAsync(page)).Should().BeLessThanOrEqualTo(page.ViewportSize!.Width, "seven columns fit a desktop screen");

        // On a phone the table is a stacked list, no wider than the screen.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/beheer/audit");
        (await WidthAsync(page)).Should().BeLessThanOrEqualTo(390);
        (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "look-audit-390.png"), FullPage = true, Clip = new() { X = 0, Y = 700, Width = 390, Height = 1300 } });
    });

    [Fact]
    public Task A_filter_value_that_is_no_date_or_id_gets_a_Dutch_message() => WithPageAsync(nameof(A_filter_value_that_is_no_date_or_id_gets_a_Dutch_message), async page =>
    {
        await fixture.SignInAsync(page, _administrator);
        await page.GotoAsync("/beheer/audit?Filter.ParticipantId=12345&Filter.From=gisteren&Filter.UserId=x&pagina=twee");

        var summary = page.Locator("#foutmeldingen");
        await Assertions.Expect(summary).ToContainTextAsync("Deze waarde is niet geldig");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByLabel("Deelnemer (id)")).ToHaveValueAsync("12345");
        (await FrameworkEnglishIn(page)).Should().BeEmpty();
        (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
    });

    [Fact]
    public Task The_retention_page_shows_the_AP_date_the_regulation_date_and_the_configured_date() => WithPageAsync(nameof(The_retention_page_shows_the_AP_date_the_regulation_date_and_the_configured_date), async page =>
    {
        await fixture.SignInAsync(page, _administrator);
        await page.GotoAsync("/beheer/bewaartermijnen");

        var dates = page.Locator("#einddata");
        await Assertions.Expect(dates).ToContainTextAsync("Geadviseerd door de AP");
        await Assertions.Expect(dates).ToContainTextAsync("1 januari 2023");
        await Assertions.Expect(dates).ToContainTextAsync("z2021-2117");
        await Assertions.Expect(dates).ToContainTextAsync("Regeling vervalt");
        await Assertions.Expect(dates).ToContainTextAsync("1 januari 2025");
        await Assertions.Expect(dates).ToContainTextAsync("BWBR0044968");
        // The test host configures 1 January 2099, as the demo configures 2030: different from both.
        await Assertions.Expect(page.Locator("#ingestelde-einddatum")).ToHaveTextAsync("1 januari 2099");
        await Assertions.Expect(page.Locator("#einddatum-vergelijking")).ToContainTextAsync("wijkt af van beide");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Einddatum RMT-regeling");

        // The dry run speaks of categories, not of tables.
        var dryRun = page.Locator("section[aria-labelledby=proefrun]");
        await Assertions.Expect(dryRun).ToContainTextAsync("Banenafspraak-indicatie (g)");
        await Assertions.Expect(dryRun).ToContainTextAsync("Opleidingsgegevens (b)");
        (await dryRun.InnerTextAsync()).Should().NotContainAny("banenafspraak_indications", "education_entries", "_entries", "participants", "Tabel");
        (await page.GetByRole(AriaRole.Main).InnerTextAsync()).Should().NotContainEquivalentOf("audittrail");
        (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
        await BrowserFixture.ScreenshotAsync(page, "look-retention-1280");
        await page.SetViewportSizeAsync(390, 844);
        (await WidthAsync(page)).Should().BeLessThanOrEqualTo(390);
        await BrowserFixture.ScreenshotAsync(page, "look-retention-390");
    });

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public Task The_new_account_confirmation_shows_the_whole_link_and_no_form(int width) => WithPageAsync($"{nameof(The_new_account_confirmation_shows_the_whole_link_and_no_form)}-{width}", async page =>
    {
        await page.SetViewportSizeAsync(width, 900);
        await fixture.SignInAsync(page, _administrator);
        await page.GotoAsync("/beheer/gebruikers/nieuw");
        await page.GetByLabel("Naam").FillAsync("Fatima el Amrani");
        await page.GetByLabel("E-mailadres").FillAsync("f.elamrani@zaanstad.example");
        await page.GetByLabel("Organisatie").SelectOptionAsync(_municipality.Id.ToString());
        await page.GetByLabel("Rol").SelectOptionAsync(nameof(Role.Caseworker));
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Gebruiker toevoegen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Account aangemaakt voor Fatima el Amrani" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main).Locator("form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Naam")).ToHaveCountAsync(0);
        var link = page.Locator("#wachtwoordlink");
        (await link.TextContentAsync()).Should().Contain("/account/wachtwoord-instellen?gebruiker=");
        (await WidthAsync(page)).Should().BeLessThanOrEqualTo(width, "the page is no wider than the screen");
        // Every part of the link is on screen: it wraps instead of running off the edge.
        (await link.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth && e.getBoundingClientRect().right <= window.innerWidth")).Should().BeTrue();
        // The instructions are not cut off either.
        (await page.Locator(".rmt-confirmation").EvaluateAsync<bool>("e => e.getBoundingClientRect().right <= window.innerWidth")).Should().BeTrue();
        (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
        await BrowserFixture.ScreenshotAsync(page, $"look-new-user-{width}");
    });

    [Fact]
    public Task Wage_value_review_is_named_in_Dutch() => WithPageAsync(nameof(Wage_value_review_is_named_in_Dutch), async page =>
    {
        var assessor = await fixture.Web.CreateUserAsync(_municipality, Role.WageValueAssessor);
        await fixture.SignInAsync(page, assessor);
        await page.GotoAsync("/loonwaarde/nieuw");

        var text = await page.GetByRole(AriaRole.Main).InnerTextAsync();
        text.Should().Contain("Bezwaar of tweede oordeel");
        text.Should().NotContainEquivalentOf("second opinion");
    });

    private static Task<int> WidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    private static async Task<IReadOnlyList<string>> FrameworkEnglishIn(IPage page) => FrameworkEnglish.In(await page.Locator("body").InnerTextAsync());

    private static async Task<int> TotalAsync(IPage page)
    {
        var count = await page.Locator("#audit-count").InnerTextAsync();
        return int.Parse(TotalPattern().Match(count).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("van ([0-9]+)")]
    private static partial Regex TotalPattern();

    private async Task WithPageAsync(string name, Func<IPage, Task> test)
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await test(page);
            fixture.CspErrors.Should().BeEmpty("the CSP allows no inline script or style");
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, $"{nameof(AdministrationPagesTests)}-{name}");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
