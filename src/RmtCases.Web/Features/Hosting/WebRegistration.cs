using RmtCases.Domain.Access;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Hosting;

public static class WebRegistration
{
    public static WebApplicationBuilder AddRmtWeb(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HostingOptions>(builder.Configuration.GetSection(HostingOptions.Section));
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AddPageRoute("/Participants/Index", "/deelnemers");
            options.Conventions.AddRmtAreaGates();
            options.Conventions.ConfigureFilter(new HandlerRequiredFilter());
        }).AddMvcOptions(Forms.DutchValidationMessages.Apply)
            .AddCookieTempDataProvider(options =>
            {
                // Carries only the saved banner (SavedNotice) across the redirect; named and scoped like
                // every other cookie. Secure comes from the cookie policy (UseRmtPipeline).
                options.Cookie.Name = "__Host-rmt-td";
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Host names are checked by AllowedHostsMiddleware inside the pipeline, which answers in Dutch.
        builder.Services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.AllowedHosts = ["*"]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.ConfigureEndpointDefaults(KestrelErrorResponses.AddSecurityHeaders);
        });
        return builder;
    }

    public static void UseRmtPipeline(this WebApplication app)
    {
        // Only when serving: migrate and purge need no host names.
        HostingOptions.Validate(app.Configuration, app.Environment);
        // TLS may end at a reverse proxy, which then tells the scheme and client address in forwarded headers:
        // believed from the configured proxies only, first, so HSTS, the audit and the sign-in limiter see them.
        var hosting = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostingOptions>>().Value;
        if (hosting.TrustsProxies)
        {
            app.UseForwardedHeaders(hosting.ForwardedHeaders());
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout");
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        // TRACE echoes the request, cookies included, back to the sender; no page answers it.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsTrace(context.Request.Method) || string.Equals(context.Request.Method, "TRACK", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                return Task.CompletedTask;
            }

            return next(context);
        });
        // Every cookie is Secure, whatever the scheme of the request: browsers keep Secure cookies on http
        // only for loopback (a secure context), which is how the demo runs; anywhere else plain http gets no
        // session. The antiforgery cookie takes its Secure flag from here, because antiforgery itself refuses
        // (with an exception) to work over http once its own policy says Always.
        app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.Always });
        app.UseMiddleware<DatabaseUnavailableMiddleware>();
        app.UseMiddleware<Retention.RetentionGateMiddleware>();
        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        app.UseMiddleware<AllowedHostsMiddleware>();
        app.UseStaticFiles();
        app.UseRmtRequestLogging();
        app.UseMiddleware<NulInFormMiddleware>();
        app.UseRouting();
        app.UseMiddleware<SignInProviderCallbackMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<DataScopeMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<ConfidentialityGateMiddleware>();
    }
}
