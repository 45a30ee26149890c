using System.Net;
using System.Text.RegularExpressions;

namespace RmtCases.Web.Tests.Failover;

/// <summary>
/// A client for plain HTTP through the load balancer, which tells the application the scheme is https. The
/// application's cookies are Secure, which HttpClient's cookie jar sends only over https; so they are kept here.
/// </summary>
public sealed partial class CookieClient
{
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _cookies;

    public CookieClient(Uri baseAddress)
        : this(baseAddress, [])
    {
    }

    private CookieClient(Uri baseAddress, Dictionary<string, string> cookies)
    {
        _http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(15),
        };
        _cookies = cookies;
    }

    /// <summary>The same browser, its cookies and all, talking to another address (the other instance, the balancer).</summary>
    public CookieClient On(Uri other) => new(other, _cookies);

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>GETs the page for its antiforgery token, then posts the form with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var html = await (await GetAsync(formPage ?? url)).Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) });
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        lock (_cookies)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }
        }

        var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            lock (_cookies)
            {
                foreach (var setCookie in setCookies)
                {
                    var pair = setCookie.Split(';')[0];
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    var (name, value) = (pair[..equals], pair[(equals + 1)..]);
                    if (value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                    {
                        _cookies.Remove(name);
                    }
                    else
                    {
                        _cookies[name] = value;
                    }
                }
            }
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
