using System.Net;

namespace RmtCases.Web.Features.Hosting;

/// <summary>
/// The demo serves plain HTTP on 127.0.0.1. Browsers treat loopback as a secure context and keep
/// Secure, __Host- cookies there, so the application may too — only for loopback connections, and only
/// when configured (Hosting:TreatLoopbackAsHttps). Behind a real proxy, X-Forwarded-Proto says https.
/// </summary>
public sealed class LoopbackHttpsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address))
        {
            context.Request.Scheme = "https";
        }

        return next(context);
    }
}
