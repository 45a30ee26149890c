using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Retention;

namespace RmtCases.Web.Features.Health;

public static class HealthEndpoint
{
    public static void MapRmtHealth(this WebApplication app) =>
        app.MapGet("/health", async (RmtDbContext db, RetentionGate gate, CancellationToken cancellationToken) =>
            {
                // Not ready before the start-up purge has erased what is due: the load balancer sends no one yet.
                if (!gate.IsOpen)
                {
                    return Results.Text("retention catch-up pending", statusCode: StatusCodes.Status503ServiceUnavailable);
                }

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
