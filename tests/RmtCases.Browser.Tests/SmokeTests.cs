using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Npgsql;
using RmtCases.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RmtCases.Browser.Tests;

/// <summary>
/// The real thing, as a person meets it: the built application started exactly as scripts/run starts it (the
/// Release DLL, the Demo environment, its own migrations and demo data in a fresh database, plain HTTP on
/// 127.0.0.1), and Chromium at phone width, signed out at "/". Every demo account of the README signs in (union
/// and employer accounts accept the declaration first) and follows the links reachable from its home page.
/// The other browser tests host the application in-process with settings of their own; this one does not.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SmokeTests(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private const int PhoneWidth = 390;
    private const int PagesPerAccount = 20;

    private readonly string _root = RepositoryRoot();
    private readonly List<string> _serverOutput = [];
    private Process? _server;
    private string _database = "";
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        var owner = Environment.GetEnvironmentVariable("RMT_TEST_OWNER_CONNECTION")
            ?? throw new InvalidOperationException("RMT_TEST_OWNER_CONNECTION is not set: run the tests with scripts/test.");
        var app = Environment.GetEnvironmentVariable("RMT_TEST_APP_CONNECTION")
            ?? throw new InvalidOperationException("RMT_TEST_APP_CONNECTION is not set: run the tests with scripts/test.");
        // As scripts/run: an empty database owned by rmt_owner; the application migrates and seeds it itself.
        _database = "rmt_smoke_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(owner))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var dll = Path.Combine(_root, "src", "RmtCases.Web", "bin", "Release", "net10.0", "RmtCases.Web.dll");
        File.Exists(dll).Should().BeTrue($"scripts/test builds the solution in Release before testing ({dll})");
        var port = FreePort();
        _baseUrl = $"http://127.0.0.1:{port}";
        // The command line of scripts/run, with the connection strings its use_private_database exports.
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", _baseUrl, "--contentRoot", Path.Combine(_root, "src", "RmtCases.Web") },
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Demo";
        start.Environment["ConnectionStrings__Rmt"] = new NpgsqlConnectionStringBuilder(app) { Database = _database }.ConnectionString;
        start.Environment["ConnectionStrings__RmtMigrations"] = new NpgsqlConnectionStringBuilder(owner) { Database = _database }.ConnectionString;
        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, e) => Remember(e.Data);
        _server.ErrorDataReceived += (_, e) => Remember(e.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            _server.HasExited.Should().BeFalse($"the application should keep running; it said:\n{string.Join('\n', _serverOutput.TakeLast(40))}");
            try
            {
                if ((await http.GetAsync(_baseUrl + "/health")).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            DateTime.UtcNow.Should().BeBefore(deadline, "the application should answer /health within three minutes");
            await Task.Delay(500);
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        if (_database.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("RMT_TEST_OWNER_CONNECTION"));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task Every_demo_account_signs_in_from_the_home_page_and_every_page_it_reaches_is_sound()
    {
        var (password, accounts) = DemoAccountsOfTheReadme();
        accounts.Should().HaveCountGreaterThanOrEqualTo(11, "the README lists the demo accounts");
        var failures = new List<string>();
        var axeChecked = new HashSet<string>(StringComparer.Ordinal);
        var visited = 0;
        var report = new List<string>();
        foreach (var account in accounts)
        {
            var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                Locale = "nl-NL", ViewportSize = new() { Width = PhoneWidth, Height = 844 },
            });
            context.SetDefaultTimeout(60_000);
            context.SetDefaultNavigationTimeout(60_000);
            var page = await context.NewPageAsync();
            var csp = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                {
                    csp.Add($"{page.Url}: {message.Text}");
                }
            };
            try
            {
                failures.AddRange((await SignInAsync(page, account, password)).Select(p => $"{account} {p}"));
                var queue = new Queue<string>([_baseUrl + "/"]);
                var seen = new HashSet<string>(StringComparer.Ordinal) { Shape(_baseUrl + "/") };
                var pages = 0;
                while (queue.Count > 0 && pages < PagesPerAccount)
                {
                    var url = queue.Dequeue();
                    pages++;
                    report.Add($"{account}\t{url}");
                    var problems = await VisitAsync(page, url);
                    var role = account.Split('@')[0];
                    if (problems.Count == 0 && axeChecked.Add($"{role} {Shape(url)}"))
                    {
                        problems.AddRange((await BrowserFixture.AxeViolationsAsync(page)).Select(v => "axe: " + v));
                    }

                    failures.AddRange(problems.Select(p => $"{account} {url}: {p}"));
                    foreach (var link in await LinksAsync(page))
                    {
                        if (seen.Add(Shape(link)))
                        {
                            queue.Enqueue(link);
                        }
                    }
                }

                visited += pages;
                failures.AddRange(csp.Select(c => $"{account} CSP: {c}"));
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
            {
                failures.Add($"{account} at {page.Url}: {e.Message.Split('\n')[0]}");
                await BrowserFixture.ScreenshotAsync(page, $"{nameof(SmokeTests)}-{account}");
            }
            finally
            {
                await context.CloseAsync();
            }
        }

        output.WriteLine($"Smoke run: {accounts.Count} accounts, {visited} pages, {axeChecked.Count} checked with axe");
        // The pages visited, one line each, for the report.
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "smoke-pages.txt"), report.Append($"{accounts.Count} accounts, {visited} pages, {axeChecked.Count} checked with axe"));
        failures.Should().BeEmpty();
        visited.Should().BeGreaterThan(accounts.Count * 3, "each account reaches more than its home page");
    }

    /// <summary>
    /// Signed out at "/", as a person arrives: the sign-in page, then the declaration where it is asked.
    /// Both are checked like every other page: they are the first a person sees.
    /// </summary>
    private async Task<List<string>> SignInAsync(IPage page, string account, string password)
    {
        var response = await page.GotoAsync(_baseUrl + "/");
        response.Should().NotBeNull();
        response!.Status.Should().BeLessThan(400, "signed out, / leads to the sign-in page");
        page.Url.Should().StartWith(_baseUrl + "/account/inloggen", "signed out, / leads to the sign-in page on the same address");
        var problems = (await ProblemsAsync(page)).Select(p => $"{page.Url}: {p}").ToList();
        await page.GetByLabel("E-mailadres").FillAsync(account);
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        // Commit, not load: the next step waits for what it needs, and a load that fired before the wait began is not missed.
        var commit = new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit };
        await page.WaitForURLAsync(url => !url.Contains("/account/inloggen", StringComparison.Ordinal), commit);
        if (page.Url.StartsWith(_baseUrl + "/verklaring", StringComparison.Ordinal))
        {
            await page.WaitForLoadStateAsync(LoadState.Load);
            problems.AddRange((await ProblemsAsync(page)).Select(p => $"{page.Url}: {p}"));
            await page.GetByLabel("Ik heb de verklaring gelezen").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Verklaring accepteren" }).ClickAsync();
        }

        await page.WaitForURLAsync(_baseUrl + "/", commit);
        return problems;
    }

    private async Task<List<string>> VisitAsync(IPage page, string url)
    {
        var problems = new List<string>();
        IResponse? response;
        try
        {
            response = await page.GotoAsync(url);
        }
        catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
        {
            return problems;
        }
        catch (PlaywrightException e)
        {
            problems.Add("browser error: " + e.Message.Split('\n')[0]);
            return problems;
        }

        if (page.Url.StartsWith("chrome-error:", StringComparison.Ordinal) || response is null)
        {
            problems.Add("browser error page");
            return problems;
        }

        if (response.Status >= 500)
        {
            problems.Add($"status {response.Status}");
        }

        problems.AddRange(await ProblemsAsync(page));
        return problems;
    }

    /// <summary>What is wrong with the page as shown: English from the framework, or wider than a phone.</summary>
    private static async Task<List<string>> ProblemsAsync(IPage page)
    {
        var problems = new List<string>();
        problems.AddRange(FrameworkEnglish.In(await page.Locator("body").InnerTextAsync()).Select(p => $"English: \"{p}\""));
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width > PhoneWidth)
        {
            // The innermost element that sticks out, so the failure says where to look.
            var culprit = await page.EvaluateAsync<string>("""
                (limit) => { const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > limit + 1);
                  const spilling = [...document.querySelectorAll('body *')].filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0);
                  const e = wide.find(w => ![...w.children].some(c => wide.includes(c))) ?? spilling.at(-1);
                  return e ? `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}: ${(e.textContent ?? '').trim().slice(0, 60)}` : ''; }
                """, PhoneWidth);
            problems.Add($"{width} px wide at a {PhoneWidth}-px viewport ({culprit})");
        }

        return problems;
    }

    /// <summary>Same-origin links of the page, without sign-out, fragments and downloads.</summary>
    private async Task<IReadOnlyList<string>> LinksAsync(IPage page)
    {
        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]:not([download])')].map(a => a.href)");
        return hrefs.Select(h => h.Split('#')[0])
            .Where(h => h.StartsWith(_baseUrl + "/", StringComparison.Ordinal) && !h.Contains("/account/uitloggen", StringComparison.Ordinal))
            .Distinct().ToList();
    }

    /// <summary>A page's kind: ids replaced, so thirty case files count as one page to visit.</summary>
    private static string Shape(string url) => Ids().Replace(url, "{id}");

    private static (string Password, IReadOnlyList<string> Accounts) DemoAccountsOfTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var section = readme[readme.IndexOf("## Demo accounts", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var password = ReadmePassword().Match(section).Groups[1].Value;
        password.Should().NotBeEmpty("the README names the demo password");
        var accounts = ReadmeAccount().Matches(section).Select(m => m.Groups[1].Value).Distinct().ToList();
        return (password, accounts);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RmtCases.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RmtCases.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Remember(string? line)
    {
        if (line is not null)
        {
            lock (_serverOutput)
            {
                _serverOutput.Add(line);
            }
        }
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Ids();

    [GeneratedRegex("password `([^`]+)`")]
    private static partial Regex ReadmePassword();

    [GeneratedRegex("`([a-z0-9.]+@[a-z0-9.]+\\.demo)`")]
    private static partial Regex ReadmeAccount();
}
