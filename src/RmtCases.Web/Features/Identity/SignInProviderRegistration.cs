using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace RmtCases.Web.Features.Identity;

public static class SignInProviderRegistration
{
    /// <summary>Per-organisation OpenID Connect: schemes are added at run time by <see cref="SignInProviderSchemes"/>.</summary>
    public static IServiceCollection AddRmtSignInProviders(this IServiceCollection services)
    {
        services.AddSingleton<SignInProviderSecrets>();
        services.AddSingleton<SignInProviderSchemes>();
        services.AddScoped<ProviderSignIn>();
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, SignInProviderOptionsSetup>();
        // What AddOpenIdConnect would register, without a scheme of its own.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            // The refreshed principal is built from the account; how this session began is the old one's.
            if (context.CurrentPrincipal?.FindFirst(RmtClaims.SignInProvider) is { } provider
                && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
                && !identity.HasClaim(c => c.Type == RmtClaims.SignInProvider))
            {
                identity.AddClaim(new System.Security.Claims.Claim(RmtClaims.SignInProvider, provider.Value));
            }

            return Task.CompletedTask;
        });
        return services;
    }
}
