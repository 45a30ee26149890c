using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Hosting;

/// <summary>
/// Raw requests against a real Kestrel socket (the test server is not Kestrel): Kestrel's own answers to
/// requests it refuses before the application runs carry the security headers too, and no Server header.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class KestrelResponseTests(WebFixture fixture) : IAsyncLifetime
{
    private RmtAppFactory? _instance;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _instance = new RmtAppFactory(fixture.Database, fixture.Clock);
        _instance.UseKestrel(0);
        _instance.StartServer();
        _address = new Uri(_instance.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        if (_instance is not null)
        {
            await _instance.DisposeAsync();
        }
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "malformed request line", "GARBAGE\r\n\r\n" },
        { "malformed header", "GET / HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n" },
        { "request line over 8 KB", $"GET /{new string('a', 10_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n" },
        { "headers over 32 KB", $"GET / HTTP/1.1\r\nHost: localhost\r\n{string.Concat(Enumerable.Range(0, 8).Select(i => $"X-Filler-{i}: {new string('b', 5_000)}\r\n"))}\r\n" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Kestrels_own_refusals_carry_the_security_headers_and_no_server_header(string what, string request)
    {
        var response = await SendRawAsync(request);

        var expected = what switch
        {
            "request line over 8 KB" => "414",
            "headers over 32 KB" => "431",
            _ => "400",
        };
        StatusOf(response).Should().Be(expected, what);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_refusal_after_a_good_request_on_the_same_connection_carries_them_too()
    {
        var response = await SendRawAsync("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\nGARBAGE\r\n\r\n");

        var second = response.IndexOf("HTTP/1.1 400", StringComparison.Ordinal);
        StatusOf(response).Should().Be("200");
        second.Should().BePositive("the second, malformed request is refused on the same connection");
        AssertSecurityHeaders(response[..second]);
        AssertSecurityHeaders(response[second..]);
    }

    [Fact]
    public async Task The_applications_own_answers_name_no_server()
    {
        var response = await SendRawAsync("GET /account/inloggen HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        StatusOf(response).Should().Be("200");
        AssertSecurityHeaders(response);
        // Exactly one policy header: Kestrel's refusals are the only heads the connection filter touches.
        Head(response).Split("\r\n").Count(l => l.StartsWith("Content-Security-Policy:", StringComparison.OrdinalIgnoreCase)).Should().Be(1);
    }

    private static string StatusOf(string response) => response.Split(' ', 3)[1];

    private static string Head(string response) => response[..response.IndexOf("\r\n\r\n", StringComparison.Ordinal)];

    private static void AssertSecurityHeaders(string response)
    {
        var head = Head(response);
        var lines = head.Split("\r\n").Skip(1).Select(l => l.ToLowerInvariant()).ToList();
        lines.Should().Contain(l => l.StartsWith("content-security-policy:", StringComparison.Ordinal) && l.Contains("frame-ancestors 'none'"), head);
        lines.Should().Contain("x-content-type-options: nosniff", head);
        lines.Should().Contain("x-frame-options: deny", head);
        lines.Should().Contain("referrer-policy: no-referrer", head);
        lines.Should().NotContain(l => l.StartsWith("server:", StringComparison.Ordinal), head);
    }

    private async Task<string> SendRawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_address.Host == "localhost" ? "127.0.0.1" : _address.Host, _address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // Kestrel may reset the connection after its refusal while unread request bytes remain.
        }

        return Encoding.ASCII.GetString(received.ToArray());
    }
}
