using Microsoft.Extensions.Options;

namespace RmtCases.Web.Features.Hosting;

/// <summary>
/// Absolute links for people to follow outside the application (the one-time set-password link). They are
/// built on the configured public address, never on the request's Host header, which the sender chooses.
/// </summary>
public sealed class PublicUrls(IOptions<HostingOptions> options)
{
    public string Absolute(string relativePath) =>
        new Uri(options.Value.PublicBaseUrl ?? throw new InvalidOperationException("Hosting:PublicBaseUrl is not set."), relativePath).AbsoluteUri;
}
