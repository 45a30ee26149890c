using Microsoft.Playwright;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Browser.Tests;

/// <summary>
/// The application on Kestrel at an address chosen beforehand, so its public address (and with it the
/// redirect URI the test OpenID Provider knows) is the one Chromium uses; the provider beside it.
/// </summary>
public sealed class SsoBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public WebFixture Web { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public RmtAppFactory Factory { get; private set; } = null!;
    public TestOpenIdProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Web.InitializeAsync();
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            BaseUrl = $"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}";
        }

        Factory = new RmtAppFactory(Web.Database, Web.Clock, new Dictionary<string, string?> { ["Hosting:PublicBaseUrl"] = BaseUrl });
        Factory.UseKestrel(new Uri(BaseUrl).Port);
        Factory.StartServer();
        Provider = await TestOpenIdProvider.StartAsync(
            [BaseUrl + SignInProviderSchemes.CallbackPathOf(SsoFixture.Organisation)], [BaseUrl + "/account/uitloggen"]);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("RMT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await Provider.DisposeAsync();
        await Factory.DisposeAsync();
        await Web.DisposeAsync();
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = "nl-NL", ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SsoBrowserCollection : ICollectionFixture<SsoBrowserFixture>
{
    public const string Name = "sso-browser";
}
