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
