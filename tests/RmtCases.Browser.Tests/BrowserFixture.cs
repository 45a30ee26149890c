using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Browser.Tests;

/// <summary>
/// The application on real Kestrel over plain loopback HTTP, which browsers treat as a secure context, and
/// Debian's Chromium driven by Playwright. One host, one database, one browser for the collection.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public WebFixture Web { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public RmtAppFactory Factory { get; private set; } = null!;

    /// <summary>The pages axe-core checked in this run, one line each, for the report.</summary>
    public static string AxeReportPath => Path.Combine(AppContext.BaseDirectory, "axe-pages.txt");

    public async Task InitializeAsync()
    {
        File.Delete(AxeReportPath);
        await Web.InitializeAsync();
        Factory = new RmtAppFactory(Web.Database, Web.Clock);
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("RMT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // The machine has no network beyond loopback: keep Chromium from phoning home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await Factory.DisposeAsync();
        await Web.DisposeAsync();
    }

    /// <summary>Console messages about the Content Security Policy since the last reset: an inline script or style the CSP blocked.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> CspErrors { get; } = new();

    /// <summary>Empties the database and forgets the CSP messages of the previous test.</summary>
    public Task ResetAsync()
    {
        CspErrors.Clear();
        return Web.ResetAsync();
    }

    /// <summary>A page in a context of its own (its own cookies), so two people can work side by side.</summary>
    public async Task<IPage> NewPageAsync(bool javaScriptEnabled = true, string locale = "nl-NL")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = locale, ViewportSize = new() { Width = 1280, Height = 900 }, JavaScriptEnabled = javaScriptEnabled,
        });
        // Two cores shared with the server and the database: allow a slow step rather than fail on it.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        // The CSP allows no inline script or style; Chromium reports what it blocked on the console.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                CspErrors.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    public async Task SignInAsync(IPage page, TestUser user)
    {
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(user.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        await page.GetByLabel("Wachtwoord").FillAsync(WebFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync("**/account/tweede-stap**");
        Web.Clock.Advance(TimeSpan.FromSeconds(30));
        await page.GetByLabel("Code").FillAsync(Web.CurrentCode(user));
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync(BaseUrl + "/", new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            // Once in a CI run the home page was not reached and nothing said where the browser was instead;
            // name the page and its message so the next occurrence can be read, then try the code step once more.
            var where = $"{page.Url}: {await VisibleErrorAsync(page)}";
            Web.Clock.Advance(TimeSpan.FromSeconds(30));
            if (page.Url.Contains("/account/tweede-stap", StringComparison.Ordinal))
            {
                await page.GetByLabel("Code").FillAsync(Web.CurrentCode(user));
                await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
            }
            else
            {
                await page.GotoAsync("/");
            }

            await page.WaitForURLAsync(BaseUrl + "/");
            Console.WriteLine($"Sign-in reached the home page at the second attempt; the first stopped at {where}");
        }
    }

    private static async Task<string> VisibleErrorAsync(IPage page)
    {
        var errors = page.Locator("[role=alert], h1");
        return string.Join(" | ", await errors.AllInnerTextsAsync());
    }

    private static readonly Lazy<string> _axeSource = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));

    /// <summary>Runs axe-core in the page (WCAG 2.1 A and AA rules) and returns serious and critical violations.</summary>
    /// <summary>Fills a date input's three fields (dag, maand, jaar), found by its legend, from an ISO date.</summary>
    public static async Task FillDateAsync(IPage page, string legend, string isoDate)
    {
        var date = DateOnly.ParseExact(isoDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var group = DateGroup(page, legend);
        await group.GetByLabel("Dag").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Maand").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Jaar").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A date input: the fieldset named by its legend.</summary>
    public static ILocator DateGroup(IPage page, string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend });

    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, which the page's CSP does not govern.
        await page.EvaluateAsync(_axeSource.Value);
        var violations = await page.EvaluateAsync<AxeViolation[]>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }))
                .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).join(', ') }))
            """);
        return violations.Select(v => $"{v.Id} ({v.Impact}): {v.Nodes}").ToList();
    }

    /// <summary>Saves a screenshot for a failing step, so the failure can be seen.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = true });
    }

    // Settable properties: Playwright's converter needs a parameterless constructor, and a positional
    // record made every page with a violation throw instead of report.
    private sealed class AxeViolation
    {
        public string Id { get; set; } = "";

        public string Impact { get; set; } = "";

        public string Nodes { get; set; } = "";
    }
}
