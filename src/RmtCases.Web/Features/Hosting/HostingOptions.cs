using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace RmtCases.Web.Features.Hosting;

/// <summary>
/// What the application believes about the network in front of it. Nothing is trusted by default: forwarded
/// headers only from the proxies named here, links only to <see cref="PublicBaseUrl"/>, requests only for the
/// host names in AllowedHosts.
/// </summary>
public sealed class HostingOptions
{
    public const string Section = "Hosting";

    /// <summary>Addresses of the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>The same, as networks in CIDR notation (10.0.0.0/24).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>The address people use, e.g. https://rmt.example.nl: the one root of every absolute link the application hands out.</summary>
    public Uri? PublicBaseUrl { get; set; }

    public bool TrustsProxies => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>
    /// Forwarded headers from the configured proxies only. The middleware trusts any sender when both lists are
    /// empty, so the caller must not install it at all without <see cref="TrustsProxies"/>.
    /// </summary>
    public ForwardedHeadersOptions ForwardedHeaders()
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return options;
    }

    /// <summary>Refuses to start with settings that would trust the Host header or a malformed proxy list.</summary>
    public static void Validate(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!Uri.TryCreate(configuration[$"{Section}:{nameof(PublicBaseUrl)}"], UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || url.PathAndQuery != "/")
        {
            throw new InvalidOperationException("Hosting:PublicBaseUrl must be set to the absolute address people use, such as https://rmt.example.nl (no path).");
        }

        var allowedHosts = configuration["AllowedHosts"];
        if (!environment.IsEnvironment("Demo") && (string.IsNullOrWhiteSpace(allowedHosts) || allowedHosts.Split(';').Any(h => h.Trim() == "*")))
        {
            throw new InvalidOperationException("AllowedHosts must name the host names this application answers to (e.g. rmt.example.nl); \"*\" is allowed only in the Demo environment.");
        }

        var options = configuration.GetSection(Section).Get<HostingOptions>() ?? new HostingOptions();
        foreach (var proxy in options.KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                throw new InvalidOperationException($"Hosting:KnownProxies holds '{proxy}', which is not an IP address.");
            }
        }

        foreach (var network in options.KnownNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out _))
            {
                throw new InvalidOperationException($"Hosting:KnownNetworks holds '{network}', which is not a network in CIDR notation.");
            }
        }
    }
}
