using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace RmtCases.Web.Features.Hosting;

/// <summary>
/// Refuses a request for a host name not in <c>AllowedHosts</c> with 400, inside the pipeline rather than before
/// it (where the framework's own host filtering answers in English), so the refusal gets the Dutch error page and
/// the security headers. The match is the framework's own (<see cref="HostString.MatchesAny"/>, "*.example.nl" too).
/// </summary>
public sealed class AllowedHostsMiddleware(RequestDelegate next, IConfiguration configuration)
{
    // Null when any host name is answered (no list, or "*", which only the demo may configure).
    private readonly StringSegment[]? _hosts = Restriction(configuration["AllowedHosts"]);

    public Task InvokeAsync(HttpContext context)
    {
        // The error page is the same request executed again: it is answered, not refused a second time. A request
        // without a Host (HTTP/1.0, a load balancer's health check) is let through, as the framework's filter does:
        // no link is built from the host, so there is nothing to forge.
        if (_hosts is null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null || !context.Request.Host.HasValue
            || HostString.MatchesAny(context.Request.Host.Host, _hosts))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }

    private static StringSegment[]? Restriction(string? allowedHosts)
    {
        var hosts = (allowedHosts ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return hosts.Length == 0 || hosts.Contains("*") ? null : hosts.Select(h => new StringSegment(h)).ToArray();
    }
}
