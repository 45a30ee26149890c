using Microsoft.Playwright;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Browser.Tests;

/// <summary>What a person is told after pressing a form's button: the error summary (GOV.UK) and the saved banner.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormFeedbackTests(BrowserFixture fixture) : IAsyncLifetime
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
    public Task The_error_summary_takes_focus_says_there_is_a_problem_and_follows_the_form() => WithPageAsync(nameof(The_error_summary_takes_focus_says_there_is_a_problem_and_follows_the_form), async page =>
    {
        await fixture.SignInAsync(page, _caseworker);
        await page.GotoAsync("/deelnemers/nieuw");
        await page.GetByRole(AriaRole.Button, new() { Name = "Deelnemer registreren" }).ClickAsync();

        var summary = page.Locator("#foutmeldingen");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Er is een probleem");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Fout: "));

        // Every link points at a field, and the fields come in the order the form shows them.
        var inOrder = await page.EvaluateAsync<bool>("""
            () => {
                const targets = [...document.querySelectorAll('#foutmeldingen a')]
                    .map(a => document.getElementById(a.getAttribute('href').slice(1)));
                if (targets.length < 3 || targets.some(t => !t)) return false;
                return targets.every((t, i) => i === 0 || (targets[i - 1].compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING));
            }
            """);
        inOrder.Should().BeTrue("the summary lists the errors in the order of the form's fields");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link).First).ToHaveAttributeAsync("href", "#Person_GivenNames");

        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Voornamen")).ToBeFocusedAsync();
        (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
    });

    [Fact]
    public Task A_page_without_errors_has_a_plain_title() => WithPageAsync(nameof(A_page_without_errors_has_a_plain_title), async page =>
    {
        await fixture.SignInAsync(page, _caseworker);
        await page.GotoAsync("/deelnemers/nieuw");
        (await page.TitleAsync()).Should().NotStartWith("Fout");
        await Assertions.Expect(page.Locator("#foutmeldingen")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task Saving_a_section_says_so_and_puts_focus_on_its_heading_in_view() => WithPageAsync(nameof(Saving_a_section_says_so_and_puts_focus_on_its_heading_in_view), async page =>
    {
        var provider = await fixture.Web.CreateOrganisationAsync(OrganisationType.ExternalProvider, Region);
        var participant = await fixture.Web.InsertAsync(Sample.Full(Region, _municipality.Id, provider.Id));
        await fixture.SignInAsync(page, _caseworker);
        await page.GotoAsync($"/deelnemers/{participant.Id}/persoon");
        await page.GetByLabel("Straat").FillAsync("Damrak");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync($"**/deelnemers/{participant.Id}#persoon");

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De wijzigingen zijn opgeslagen" })).ToBeVisibleAsync();
        var heading = page.Locator("h2#persoon");
        await Assertions.Expect(heading).ToBeFocusedAsync();
        // The anchor jump leaves room above the heading instead of cutting it off at the window's edge.
        var top = await heading.EvaluateAsync<double>("h => h.getBoundingClientRect().top");
        top.Should().BeGreaterThanOrEqualTo(8);
        (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();

        // Said once: the next page no longer says it.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("De wijzigingen zijn opgeslagen")).ToHaveCountAsync(0);
    });

    private async Task WithPageAsync(string name, Func<IPage, Task> steps)
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
}
