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

/// <summary>Sets the row-level-security region of this request from the signed-in user's organisation.</summary>
public sealed class DataScopeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, DataScope scope)
    {
        if (CurrentActor.FromClaims(context.User) is { } actor)
        {
            scope.ForRegion(actor.RegionId);
        }

        return next(context);
    }
}
