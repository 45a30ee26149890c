using Microsoft.Playwright;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Browser.Tests;

/// <summary>Issue 15 points 9, 11 and 12: phones, word breaks, one type scale and the printed case file.</summary>
public sealed partial class CaseworkerFlowTests
{
    /// <summary>Words of the main content drawn on more than one line; hyphens and slashes may break, letters may not.</summary>
    private const string BrokenWordsScript = """
        () => {
          const broken = [];
          const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            const element = node.parentElement;
            if (!element || element.closest('.rmt-copyable, .rmt-id, .rmt-visually-hidden, thead, caption') || !element.getClientRects().length) continue;
            const re = /[^\s\-\/@.]{2,}/g;
            let m;
            while ((m = re.exec(node.textContent))) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
              if (tops.size > 1) broken.push(m[0]);
            }
          }
          return broken;
        }
        """;

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_main_pages_fit_the_viewport_and_break_no_word(int width)
    {
        var participant = await ParticipantAsync("Öztürk-Vandenberghe");
        // Organisations as they are named in practice: the fixtures' names end in a 32-character hex id.
        await fixture.Web.Database.ExecuteAsync(
            $"UPDATE organisations SET name = CASE WHEN id = '{_municipality.Id}' THEN 'Gemeente Voorbeeldstad' ELSE 'Re-integratiebureau Voorbeeld' END");
        var page = await fixture.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(width, 900);
            await fixture.SignInAsync(page, _caseworker);
            await page.GotoAsync("/deelnemers");
            await page.GetByLabel("Achternaam").FillAsync("ozt");
            await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 deelnemer gevonden");
            var urls = new[] { page.Url, "/", $"/deelnemers/{participant.Id}", "/deelnemers/nieuw", $"/deelnemers/{participant.Id}/persoon", $"/deelnemers/{participant.Id}/delen" };
            foreach (var url in urls)
            {
                await page.GotoAsync(url);
                var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                scrollWidth.Should().BeLessThanOrEqualTo(width, $"{url} at {width} px");
                (await page.EvaluateAsync<string[]>(BrokenWordsScript)).Should().BeEmpty($"no word on {url} breaks at {width} px");
            }

            if (width == 390)
            {
                // The list is a stacked list: each cell on a line of its own, named by its column.
                await page.GotoAsync(urls[0]);
                var cell = page.Locator("main table tbody td").First;
                (await cell.EvaluateAsync<string>("c => getComputedStyle(c).display")).Should().Be("grid");
                (await cell.GetAttributeAsync("data-label")).Should().Be("Geboortedatum");
            }
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, $"{nameof(The_main_pages_fit_the_viewport_and_break_no_word)}-{width}");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public Task A_printed_case_file_shows_content_only_marked_confidential_with_repeated_headers() => WithScreenshotAsync(nameof(A_printed_case_file_shows_content_only_marked_confidential_with_repeated_headers), async page =>
    {
        var participant = await ParticipantAsync("Öztürk");
        await fixture.SignInAsync(page, _caseworker);
        await page.GotoAsync($"/deelnemers/{participant.Id}");
        var band = page.Locator(".rmt-print-band");
        await Assertions.Expect(band).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var today = fixture.Web.Clock.TodayInNetherlands().ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(band).ToBeVisibleAsync();
        await Assertions.Expect(band).ToHaveTextAsync($"Vertrouwelijk · afgedrukt op {today} door {_municipality.Name}");
        (await band.EvaluateAsync<string>("b => getComputedStyle(b).position")).Should().Be("fixed", "a fixed box is printed on every page");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen" }).First).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de deelnemers" })).ToBeHiddenAsync();
        (await page.Locator("main form").EvaluateAllAsync<bool>("fs => fs.every(f => getComputedStyle(f).display === 'none')")).Should().BeTrue("no form is printed");
        (await page.Locator("main thead").First.EvaluateAsync<string>("t => getComputedStyle(t).display")).Should().Be("table-header-group");
        (await page.Locator("main tbody tr").First.EvaluateAsync<string>("r => getComputedStyle(r).breakInside")).Should().Be("avoid");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
    });
}
