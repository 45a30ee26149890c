using System.Text;

namespace RmtCases.Web.Features.Hosting;

/// <summary>
/// While PostgreSQL is away every page answers 503 with a Dutch explanation instead of a 500, and the load
/// balancer may retry elsewhere. The page is written here, without the layout or the error page: both would
/// need the database again. Nothing half-written stays behind: every change is one transaction, which
/// PostgreSQL rolls back when the connection is lost before its commit.
/// </summary>
public sealed class DatabaseUnavailableMiddleware(RequestDelegate next, ILogger<DatabaseUnavailableMiddleware> logger)
{
    public const string Title = "Tijdelijk niet beschikbaar";

    private static readonly byte[] _page = Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Title}} – RmtCases</title>
        <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <main id="inhoud">
        <h1>{{Title}}</h1>
        <p>RmtCases is tijdelijk niet beschikbaar door een storing. Probeer het over een minuut opnieuw.</p>
        <p>Wat u net opsloeg of verstuurde, is niet verwerkt als u deze pagina ziet: controleer het daarna en doe het zo nodig opnieuw.</p>
        </main>
        </body>
        </html>
        """);

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (DatabaseUnavailable.Is(ex) && !context.Response.HasStarted)
        {
            // The type only: the message may quote the query.
            logger.LogWarning("Database unavailable ({ExceptionType}); answered 503", ex.GetType().Name);
            await WriteAsync(context);
        }
    }

    /// <summary>The Dutch "tijdelijk niet beschikbaar" page with 503, for anything that cannot serve yet.</summary>
    public static async Task WriteAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.RetryAfter = "30";
        await context.Response.Body.WriteAsync(_page, context.RequestAborted);
    }
}
