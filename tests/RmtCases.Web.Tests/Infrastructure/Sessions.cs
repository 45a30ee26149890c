using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>
/// What session tests do around <see cref="WebFixture.SignInAsync"/>: read, replay and plant the session cookie,
/// sign out, and check whether a client is still signed in.
/// </summary>
public static partial class Sessions
{
    public const string CookieName = "__Host-rmt";

    public static HttpClient CreateClient(RmtAppFactory factory, bool handleCookies = true) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost"),
            HandleCookies = handleCookies,
        });

    public static string? SessionCookie(HttpResponseMessage response) =>
        SetCookies(response).Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal));

    public static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    /// <summary>A fresh client that sends only the given cookie, as an attacker holding a copy would.</summary>
    public static HttpClient Replay(RmtAppFactory factory, string cookie)
    {
        var client = CreateClient(factory, handleCookies: false);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>A cookie-handling client that starts out holding the given cookie, as a browser someone planted it in would.</summary>
    public static HttpClient Holding(RmtAppFactory factory, string cookie)
    {
        var container = new System.Net.CookieContainer();
        var separator = cookie.IndexOf('=', StringComparison.Ordinal);
        container.Add(new Uri("https://localhost"), new Cookie(cookie[..separator], cookie[(separator + 1)..]) { Secure = true, Path = "/" });
        return factory.CreateDefaultClient(new Uri("https://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(container));
    }

    /// <summary>Signs out through the sign-out form in the page layout.</summary>
    public static async Task SignOutAsync(HttpClient client)
    {
        var response = await WebFixture.PostFormAsync(client, "/account/uitloggen", new(), formPage: "/");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    /// <summary>Whether the client holds a working session: "/" answers 200 rather than a redirect to sign-in.</summary>
    public static async Task<bool> IsSignedInAsync(HttpClient client)
    {
        var response = await client.GetAsync("/");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/account/inloggen");
        return false;
    }

    /// <summary>A different, wrong authenticator code for the same moment.</summary>
    public static string WrongCode(string code) =>
        ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The one-time link an administration page shows, as a relative URL.</summary>
    public static string PasswordLink(string html)
    {
        var match = PasswordLinkPattern().Match(html);
        match.Success.Should().BeTrue("the page should show the one-time link");
        var uri = new Uri(WebUtility.HtmlDecode(match.Groups[1].Value));
        return uri.PathAndQuery;
    }

    [GeneratedRegex("id=\"wachtwoordlink\">([^<]+)</code>")]
    private static partial Regex PasswordLinkPattern();
}
