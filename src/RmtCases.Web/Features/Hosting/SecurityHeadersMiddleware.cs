namespace RmtCases.Web.Features.Hosting;

public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            foreach (var (name, value) in SecurityHeaders.Always)
            {
                headers[name] = value;
            }

            if (!context.Request.Path.StartsWithSegments("/lib") && !context.Request.Path.StartsWithSegments("/css")
                && !context.Request.Path.StartsWithSegments("/js"))
            {
                foreach (var (name, value) in SecurityHeaders.NoStore)
                {
                    headers[name] = value;
                }
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
