using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Retention;

/// <summary>
/// Answers the Dutch 503 page while the start-up catch-up purge has not finished (<see cref="RetentionGate"/>).
/// Signing in, the error page and static files stay available; /health says 503 itself, so the load balancer
/// sends no one here yet.
/// </summary>
public sealed class RetentionGateMiddleware(RequestDelegate next, RetentionGate gate)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (gate.IsOpen || path.StartsWithSegments("/health") || path.StartsWithSegments("/account") || path.StartsWithSegments("/fout")
            || path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js"))
        {
            return next(context);
        }

        return DatabaseUnavailableMiddleware.WriteAsync(context);
    }
}
