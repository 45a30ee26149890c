using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Hosting;

/// <summary>
/// Sets the row-level-security region of this request from the signed-in user's organisation, and opens the
/// request's connection once for the page's work. EF Core otherwise opens and closes it around every query, and
/// every open costs a round trip to set the region again: a case file is a dozen queries. The connection goes
/// back to the pool when the response starts, before the session store renews the cookie on a connection of its
/// own, so a request never holds one connection while waiting for a second, nor while a slow client reads.
/// </summary>
public sealed class DataScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, DataScope scope, RmtDbContext db, AccessPolicy policy)
    {
        if (CurrentActor.FromClaims(context.User) is { } actor)
        {
            // The claims carry no declaration; category g never needs one (only gemeente and UWV see it).
            scope.ForRegion(actor.RegionId, policy.SeesBanenafspraakDerivedData(actor));
            await db.Database.OpenConnectionAsync(context.RequestAborted);
            context.Response.OnStarting(async () =>
            {
                if (db.Database.CurrentTransaction is null)
                {
                    await db.Database.CloseConnectionAsync();
                }
            });
        }

        await next(context);
    }
}
