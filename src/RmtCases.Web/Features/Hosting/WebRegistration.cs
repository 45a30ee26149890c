using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Hosting;

public static class WebRegistration
{
    public static WebApplicationBuilder AddRmtWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AddPageRoute("/Participants/Index", "/deelnemers");
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static void UseRmtPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout");
            app.UseHsts();
        }

        // TLS ends at the load balancer; it tells the scheme and client address in forwarded headers.
        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        });
        if (app.Configuration.GetValue<bool>("Hosting:TreatLoopbackAsHttps"))
        {
            app.UseMiddleware<LoopbackHttpsMiddleware>();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<DatabaseUnavailableMiddleware>();
        app.UseMiddleware<Retention.RetentionGateMiddleware>();
        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        app.UseStaticFiles();
        app.UseRmtRequestLogging();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<DataScopeMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<ConfidentialityGateMiddleware>();
    }
}

/// <summary>
/// Sets the row-level-security region of this request from the signed-in user's organisation, and opens the
/// request's connection once for the page's work. EF Core otherwise opens and closes it around every query, and
/// every open costs a round trip to set the region again: a case file is a dozen queries. The connection goes
/// back to the pool when the response starts, before the session store renews the cookie on a connection of its
/// own, so a request never holds one connection while waiting for a second, nor while a slow client reads.
/// </summary>
public sealed class DataScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, DataScope scope, RmtDbContext db)
    {
        if (CurrentActor.FromClaims(context.User) is { } actor)
        {
            scope.ForRegion(actor.RegionId);
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
