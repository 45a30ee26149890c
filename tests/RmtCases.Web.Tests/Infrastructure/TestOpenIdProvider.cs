using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>
/// A real OpenID Provider (the certified npm package oidc-provider, tests/oidc-provider/provider.mjs) on
/// loopback, with test users anna (second factor at the provider), bert (password only) and carla. It stops
/// when disposed, or when the test host's process ends (its standard input closes).
/// </summary>
public sealed partial class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "rmtcases";
    public const string ClientSecret = "test-client-secret-2026";

    /// <summary>The acr value of a sign-in with a second factor at the provider.</summary>
    public const string MfaAcr = "urn:rmt:test:mfa";

    private readonly Process _process;

    private TestOpenIdProvider(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The issuer exactly as the provider's discovery document and tokens name it.</summary>
    public string Issuer => $"http://127.0.0.1:{Port}";

    /// <summary>The same server under another name: its documents and tokens still say <see cref="Issuer"/>.</summary>
    public string OtherName => $"http://localhost:{Port}";

    public static async Task<TestOpenIdProvider> StartAsync(IEnumerable<string> redirectUris, IEnumerable<string> postLogoutRedirectUris)
    {
        var port = FreePort();
        var script = Path.Combine(RepositoryRoot(), "tests", "oidc-provider", "provider.mjs");
        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["STOP_ON_STDIN_END"] = "1";
        start.Environment["CLIENTS"] = JsonSerializer.Serialize(new[]
        {
            new Dictionary<string, object>
            {
                ["client_id"] = ClientId, ["client_secret"] = ClientSecret,
                ["redirect_uris"] = redirectUris.ToArray(), ["post_logout_redirect_uris"] = postLogoutRedirectUris.ToArray(),
            },
        });
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => errors.AppendLine(e.Data);
        process.BeginErrorReadLine();
        var ready = process.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(60))) != ready || ready.Result?.StartsWith("listening", StringComparison.Ordinal) != true)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The test OpenID Provider did not start: " + errors);
        }

        // Keep reading, so a full pipe never blocks it.
        _ = process.StandardOutput.ReadToEndAsync();
        return new TestOpenIdProvider(process, port);
    }

    /// <summary>A browser of its own at the provider: cookies, redirects followed.</summary>
    public static HttpClient NewBrowser() =>
        new(new HttpClientHandler { AllowAutoRedirect = true, CookieContainer = new CookieContainer(), UseCookies = true });

    /// <summary>Signs in at the provider as a test user; returns the provider's auto-submitting answer for the application.</summary>
    public static async Task<ProviderAnswer> SignInAsync(HttpClient browser, Uri authorizeUrl, string login)
    {
        var interaction = await browser.GetAsync(authorizeUrl);
        interaction.StatusCode.Should().Be(HttpStatusCode.OK, "the provider shows its sign-in page");
        var loginUrl = new Uri(interaction.RequestMessage!.RequestUri!, FormAction().Match(await interaction.Content.ReadAsStringAsync()).Groups[1].Value);
        var answer = await browser.PostAsync(loginUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = login }));
        var html = await answer.Content.ReadAsStringAsync();
        answer.StatusCode.Should().Be(HttpStatusCode.OK, html);
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        action.Should().NotBeEmpty("the provider answers with a form posting back to the application: " + html);
        var fields = HiddenInput().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        return new ProviderAnswer(new Uri(action), fields);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    public sealed record ProviderAnswer(Uri Action, IReadOnlyDictionary<string, string> Fields);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RmtCases.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RmtCases.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
