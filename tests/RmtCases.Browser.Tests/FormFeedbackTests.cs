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

    [Fact]
    public Task A_yes_no_question_is_a_radio_group_and_the_chosen_radio_is_the_darker_one() => WithPageAsync(nameof(A_yes_no_question_is_a_radio_group_and_the_chosen_radio_is_the_darker_one), async page =>
    {
        var provider = await fixture.Web.CreateOrganisationAsync(OrganisationType.ExternalProvider, Region);
        var participant = await fixture.Web.InsertAsync(Sample.Full(Region, _municipality.Id, provider.Id));
        await fixture.SignInAsync(page, _caseworker);
        await page.GotoAsync($"/deelnemers/{participant.Id}/doelgroep");

        // Issue 15 point 10: radios for yes/no (NL Design System), not a select.
        var question = page.GetByRole(AriaRole.Group, new() { Name = "Hoort de deelnemer bij de doelgroep banenafspraak?" });
        await Assertions.Expect(question.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("form select")).ToHaveCountAsync(0);
        var yes = question.GetByRole(AriaRole.Radio, new() { Name = "Ja" });
        var no = question.GetByRole(AriaRole.Radio, new() { Name = "Nee" });
        await yes.CheckAsync();
        await page.Mouse.MoveAsync(0, 0);
        await page.Locator("h1").ClickAsync();

        // Chosen looks chosen: its fill is the theme's dark colour, and its pixels are darker than an empty radio's.
        var style = "r => getComputedStyle(r).backgroundColor";
        (await yes.EvaluateAsync<string>(style)).Should().NotBe(await no.EvaluateAsync<string>(style));
        var checkedLight = await LightnessAsync(page, await yes.ScreenshotAsync());
        var uncheckedLight = await LightnessAsync(page, await no.ScreenshotAsync());
        checkedLight.Should().BeLessThan(uncheckedLight - 40, "a selected radio is darker than an unselected one (0 black, 255 white)");

        (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty();
    });

    /// <summary>The mean lightness of a PNG, decoded by the browser on a blank page of its own.</summary>
    private static async Task<double> LightnessAsync(IPage page, byte[] png)
    {
        var blank = await page.Context.NewPageAsync();
        try
        {
            await blank.GotoAsync("about:blank");
            return await blank.EvaluateAsync<double>("""
                async (b64) => {
                    const image = new Image();
                    image.src = 'data:image/png;base64,' + b64;
                    await image.decode();
                    const canvas = document.createElement('canvas');
                    canvas.width = image.width;
                    canvas.height = image.height;
                    const context = canvas.getContext('2d');
                    context.drawImage(image, 0, 0);
                    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
                    let sum = 0;
                    for (let i = 0; i < data.length; i += 4) sum += 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
                    return sum / (data.length / 4);
                }
                """, Convert.ToBase64String(png));
        }
        finally
        {
            await blank.CloseAsync();
        }
    }

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
