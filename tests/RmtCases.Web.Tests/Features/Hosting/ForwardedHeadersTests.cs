using System.Net;
using System.Text.RegularExpressions;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Hosting;

/// <summary>X-Forwarded-For and X-Forwarded-Proto count only from the proxies named in Hosting:KnownProxies.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ForwardedHeadersTests(WebFixture fixture) : IAsyncLifetime
{
    private const string Loopback = "127.0.0.1";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private RmtAppFactory Instance(params (string Key, string Value)[] settings) =>
        new(fixture.Database, fixture.Clock, settings.Append((Key: "SignIn:AttemptsPerAddressPerMinute", Value: "3")).ToDictionary(s => s.Key, s => (string?)s.Value));

    /// <summary>One wrong password from a fresh address each time, sent from loopback with the given X-Forwarded-For.</summary>
    private static async Task<string> AttemptAsync(RmtAppFactory instance, string forwardedFor)
    {
        var client = Sessions.CreateClient(instance);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, Loopback);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        var response = await WebFixture.PostFormAsync(client, "/account/inloggen", new()
        {
            ["Input.Email"] = $"onbekend.{Guid.NewGuid():N}@test.rmt", ["Input.Password"] = "Verkeerd-wachtwoord",
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_forwarded_address_from_a_sender_not_configured_as_proxy_changes_neither_the_rate_limit_nor_the_audit()
    {
        await using var instance = Instance();

        var answers = new List<string>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            answers.Add(await AttemptAsync(instance, $"203.0.113.{attempt}"));
        }

        answers.Take(3).Should().AllSatisfy(a => a.Should().Contain("klopt niet"));
        answers[3].Should().Contain("Te veel inlogpogingen", "all four came from one address, whatever they claimed");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM audit_events WHERE client_ip LIKE '203.0.113.%'")).Should().Be(0);
        (await fixture.Audit.CountAsync(AuditActions.SignInFailed, clientIp: Loopback)).Should().Be(4);
    }

    [Fact]
    public async Task A_configured_proxy_is_believed()
    {
        await using var instance = Instance(("Hosting:KnownProxies:0", Loopback));

        var rotating = new List<string>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            rotating.Add(await AttemptAsync(instance, $"203.0.113.{attempt}"));
        }

        var repeated = new List<string>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            repeated.Add(await AttemptAsync(instance, "198.51.100.7"));
        }

        rotating.Should().AllSatisfy(a => a.Should().Contain("klopt niet"), "four clients behind the proxy, one attempt each");
        repeated[3].Should().Contain("Te veel inlogpogingen", "one client behind the proxy, four attempts");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM audit_events WHERE client_ip = '203.0.113.4'")).Should().Be(1);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM audit_events WHERE client_ip = '{Loopback}'")).Should().Be(0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_form_over_plain_http_without_forwarded_proto_works_and_never_answers_500(bool behindConfiguredProxy)
    {
        await using var instance = behindConfiguredProxy ? Instance(("Hosting:KnownProxies:0", Loopback)) : Instance();
        var client = instance.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost"), HandleCookies = false,
        });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, Loopback);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");

        var form = await client.GetAsync("/account/inloggen");
        form.StatusCode.Should().Be(HttpStatusCode.OK);
        // A browser on loopback sends the Secure cookies back over http; the cookie jar of HttpClient would not.
        var cookies = string.Join("; ", Sessions.SetCookies(form).Select(c => c.Split(';')[0]));
        Sessions.SetCookies(form).Should().AllSatisfy(c => c.ToLowerInvariant().Should().Contain("secure"));
        var token = WebUtility.HtmlDecode(Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "onbekend@test.rmt", ["Input.Password"] = "Verkeerd-wachtwoord", ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", cookies);

        var response = await client.SendAsync(post);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("klopt niet");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
