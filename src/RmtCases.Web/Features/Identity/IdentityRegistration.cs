using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using RmtCases.Domain.Access;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Identity;

public static class IdentityRegistration
{
    public static WebApplicationBuilder AddRmtIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.Configure<ConfidentialityOptions>(builder.Configuration.GetSection("Confidentiality"));
        services.Configure<SignInSecurityOptions>(builder.Configuration.GetSection("SignIn"));
        if (!builder.Configuration.GetValue("SignIn:RequireTwoFactor", true) && !builder.Environment.IsEnvironment("Demo"))
        {
            throw new InvalidOperationException("Two-factor sign-in can only be switched off in the Demo environment.");
        }

        services.AddSingleton<AccessPolicy>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<Admission>();
        services.AddScoped<TotpVerifier>();
        services.AddScoped<SignInFlow>();
        services.AddScoped<Audit.AuditLog>();
        services.AddSingleton<Audit.AuditChainVerifier>();
        services.AddSingleton<Audit.AuditSealer>();
        services.AddHostedService(sp => sp.GetRequiredService<Audit.AuditSealer>());
        services.AddSingleton<SignInRateLimiter>();
        services.AddRmtSignInProviders();

        services.AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                // NIST SP 800-63B: length over composition; a short list of common passwords is refused.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<RmtDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<RmtClaimsPrincipalFactory>();

        // Disabling an account or changing its role ends its sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "__Host-rmt";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/inloggen";
            options.LogoutPath = "/account/uitloggen";
            options.AccessDeniedPath = "/account/geen-toegang";
            options.Events.OnValidatePrincipal = AbsoluteSessionLimit.ValidateAsync;
            // The handler builds these from the request's scheme and Host header, which the sender chooses.
            options.Events.OnRedirectToLogin = RelativeRedirect;
            options.Events.OnRedirectToAccessDenied = RelativeRedirect;
            options.Events.OnRedirectToLogout = RelativeRedirect;
            options.Events.OnRedirectToReturnUrl = RelativeRedirect;
        });
        services.AddSingleton<SessionCache>();
        services.AddSingleton<SessionRevocationListener>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionRevocationListener>());
        services.AddSingleton<PostgresTicketStore>();
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<PostgresTicketStore>((options, store) => options.SessionStore = store);
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "__Host-rmt-2fa";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        services.ConfigureExternalCookie(o =>
        {
            o.Cookie.Name = "__Host-rmt-ext";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "__Host-rmt-af";
            // Secure all the same: the cookie policy (UseRmtPipeline) marks every cookie Secure.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__RequestVerificationToken";
        });

        services.AddAuthorizationBuilder()
            // Deny by default: only pages marked [AllowAnonymous] are open.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>The path and query of the handler's absolute redirect, without its scheme and host.</summary>
    internal static Task RelativeRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context)
    {
        var target = context.RedirectUri;
        if (target.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            var path = target.IndexOf('/', target.IndexOf("://", StringComparison.Ordinal) + 3);
            target = path < 0 ? "/" : target[path..];
        }

        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
