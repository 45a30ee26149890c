using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using OtpNet;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Features.Exchange;
using RmtCases.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RmtCases.Web.Tests.Failover;

/// <summary>
/// Two instances of the built application (real processes) behind Debian's HAProxy, which checks /health and
/// retries idempotent requests on the other server. One instance is SIGKILLed while signed-in users read.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class LoadBalancerTests(WebFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>HAProxy's check: every 500 ms, down after 2 failures. A kill is noticed within about 1 s.</summary>
    private const int CheckIntervalMs = 500;
    private const int FallCount = 2;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_instance_killed_under_load_loses_no_GET_no_session_and_no_prepared_download()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality, banenafspraak: null);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "UWV Groot Amsterdam");
        var users = new[] { await fixture.CreateUserAsync(sender.Organisation, Role.Caseworker), await fixture.CreateUserAsync(sender.Organisation, Role.Caseworker) };
        // The key ring exists before the instances start, as after any first start: two instances starting together
        // on a database without a key would each make their own and refuse each other's cookies until they reload.
        (await fixture.CreateClient().GetAsync("/account/inloggen")).StatusCode.Should().Be(HttpStatusCode.OK);
        var directory = Directory.CreateTempSubdirectory("rmt-lb.").FullName;
        var ports = Enumerable.Range(0, 3).Select(_ => FreePort()).ToArray();
        var instances = new List<Process>();
        Process? proxy = null;
        try
        {
            instances.Add(StartInstance(ports[1]));
            instances.Add(StartInstance(ports[2]));
            var config = Path.Combine(directory, "haproxy.cfg");
            await File.WriteAllTextAsync(config, $"""
                global
                  maxconn 200
                defaults
                  mode http
                  timeout connect 1s
                  timeout client 10s
                  timeout server 10s
                  timeout check 2s
                  retries 2
                  option redispatch
                  retry-on conn-failure empty-response response-timeout
                frontend web
                  bind 127.0.0.1:{ports[0]}
                  default_backend app
                backend app
                  option httpchk GET /health
                  http-request set-header X-Forwarded-Proto https
                  server a 127.0.0.1:{ports[1]} check inter {CheckIntervalMs}ms fall {FallCount} rise 1
                  server b 127.0.0.1:{ports[2]} check inter {CheckIntervalMs}ms fall {FallCount} rise 1

                """);
            // HAProxy only once both instances answer: started earlier, its first checks fail and it counts the
            // instances down until the next check, so the test's first requests could find no server.
            foreach (var port in ports[1..])
            {
                await WaitForHealthAsync(port);
            }

            proxy = Start("/usr/sbin/haproxy", ["-db", "-f", config]);
            await WaitForHealthAsync(ports[0]);

            var balancer = new Uri($"http://127.0.0.1:{ports[0]}");
            var clients = new List<CookieClient>();
            foreach (var user in users)
            {
                clients.Add(await SignInAsync(balancer, user));
            }

            // A download prepared on the instance that will be killed, by a user signed in there.
            var first = new Uri($"http://127.0.0.1:{ports[1]}");
            var sharer = await SignInAsync(first, sender);
            var shared = await sharer.PostFormAsync(ShareFlow.PathFor(participant.Id),
                new() { ["Input.RecipientId"] = recipient.Id.ToString(), ["Input.Purpose"] = ShareFlow.Purpose, ["Input.Categories"] = "a" },
                formPage: $"{ShareFlow.PathFor(participant.Id)}?ontvanger={recipient.Id}");
            shared.StatusCode.Should().Be(HttpStatusCode.OK);
            var link = DownloadLink().Match(await shared.Content.ReadAsStringAsync());
            link.Success.Should().BeTrue("the result page links the prepared file");

            // Both instances serve the signed-in users before the kill (HAProxy takes turns).
            for (var i = 0; i < 20; i++)
            {
                var response = await clients[i % 2].GetAsync("/deelnemers");
                response.StatusCode.Should().Be(HttpStatusCode.OK);
            }

            using var stop = new CancellationTokenSource();
            var results = new System.Collections.Concurrent.ConcurrentBag<(TimeSpan At, HttpStatusCode Status)>();
            var clock = Stopwatch.StartNew();
            var load = clients.Select(async client =>
            {
                for (var i = 0; i < 2000 && !stop.IsCancellationRequested; i++)
                {
                    var response = await client.GetAsync("/deelnemers");
                    results.Add((clock.Elapsed, response.StatusCode));
                    await Task.Delay(10);
                }
            }).ToList();
            await Task.Delay(1000);
            var killedAt = clock.Elapsed;
            instances[0].Kill();
            await Task.Delay(3000);
            await stop.CancelAsync();
            await Task.WhenAll(load);

            var window = TimeSpan.FromMilliseconds(CheckIntervalMs * (FallCount + 1));
            var failed = results.Where(r => r.Status != HttpStatusCode.OK).ToList();
            output.WriteLine($"{results.Count} GETs, killed at {killedAt.TotalMilliseconds:0} ms; not OK: " +
                string.Join(", ", failed.Select(f => $"{(int)f.Status} at +{(f.At - killedAt).TotalMilliseconds:0} ms")));
            results.Where(r => r.At > killedAt + window).Should().NotBeEmpty();
            failed.Should().BeEmpty("HAProxy retries a GET whose server died on the other one, and the session is in PostgreSQL");

            var download = await sharer.On(balancer).GetAsync(WebUtility.HtmlDecode(link.Groups[1].Value));
            download.StatusCode.Should().Be(HttpStatusCode.OK, "the prepared file is in PostgreSQL, not in the killed process");
            download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        }
        finally
        {
            foreach (var process in instances.Append(proxy).OfType<Process>())
            {
                if (!process.HasExited)
                {
                    process.Kill();
                }

                await process.WaitForExitAsync();
                process.Dispose();
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    private Process StartInstance(int port)
    {
        var bin = AppContext.BaseDirectory;
        return Start(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            [Path.Combine(bin, "RmtCases.Web.dll"), "--contentRoot", bin, "--urls", $"http://127.0.0.1:{port}"],
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["ConnectionStrings__Rmt"] = fixture.Database.AppConnectionString,
                ["Retention__AutomaticPurge"] = "false",
                ["Retention__EndDate"] = "2099-01-01",
                // Configured as production is: the host names it answers to, its public address, and the proxy
                // (HAProxy, on loopback) whose X-Forwarded-Proto it believes.
                ["AllowedHosts"] = "127.0.0.1;localhost",
                ["Hosting__PublicBaseUrl"] = "https://rmt.test",
                ["Hosting__KnownProxies__0"] = "127.0.0.1",
            });
    }

    private static Process Start(string file, string[] arguments, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForHealthAsync(int port)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await client.GetAsync($"http://127.0.0.1:{port}/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or its first answer slower than the client's 2 s on a loaded machine: ask again.
            }

            waited.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), $"the instance on port {port} should start");
            await Task.Delay(200);
        }
    }

    private async Task<CookieClient> SignInAsync(Uri balancer, TestUser user)
    {
        var client = new CookieClient(balancer);
        var password = await client.PostFormAsync("/account/inloggen", new() { ["Input.Email"] = user.Email, ["Input.Password"] = WebFixture.Password });
        password.StatusCode.Should().Be(HttpStatusCode.Redirect, $"the password step, its form from either instance, at {balancer}: {await password.Content.ReadAsStringAsync()}");
        var code = new Totp(Base32Encoding.ToBytes(user.AuthenticatorKey)).ComputeTotp(DateTime.UtcNow);
        (await client.PostFormAsync("/account/tweede-stap", new() { ["Code"] = code })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }

    [GeneratedRegex("id=\"export-download\"[^>]*href=\"([^\"]+)\"")]
    private static partial Regex DownloadLink();

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
