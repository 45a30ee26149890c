using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Health;

public static class HealthEndpoint
{
    public static void MapRmtHealth(this WebApplication app) =>
        app.MapGet("/health", async (RmtDbContext db, CancellationToken cancellationToken) =>
            {
                bool reachable;
                try
                {
                    reachable = await db.Database.CanConnectAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
                {
                    reachable = false;
                }

                return reachable
                    ? Results.Text("ok", statusCode: StatusCodes.Status200OK)
                    : Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .AllowAnonymous();
}
