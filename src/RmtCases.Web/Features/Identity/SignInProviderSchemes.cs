using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// One ASP.NET Core OpenID Connect scheme per organisation with a provider, added when first needed and
/// rebuilt when the stored configuration changed (on any instance: the row's <see cref="SignInProvider.UpdatedAt"/>
/// is compared before every challenge and callback, so no instance keeps using an old secret or issuer).
/// </summary>
public sealed class SignInProviderSchemes(
    IAuthenticationSchemeProvider schemes, IOptionsMonitorCache<OpenIdConnectOptions> optionsCache, IServiceScopeFactory scopes)
{
    private const string Prefix = "sso-";
    private readonly ConcurrentDictionary<string, SignInProviderSettings> _settings = new(StringComparer.Ordinal);
    private readonly Lock _change = new();

    public static string SchemeOf(Guid organisationId) => Prefix + organisationId.ToString("N");

    /// <summary>Where the provider sends the person back; registered at the provider as the redirect URI.</summary>
    public static string CallbackPathOf(Guid organisationId) => $"/account/sso/{organisationId:N}/terug";

    /// <summary>The organisation of a callback path, if it is one.</summary>
    public static Guid? OrganisationOfCallback(PathString path)
    {
        var value = path.Value;
        if (value is null || !value.StartsWith("/account/sso/", StringComparison.Ordinal) || !value.EndsWith("/terug", StringComparison.Ordinal))
        {
            return null;
        }

        var id = value["/account/sso/".Length..^"/terug".Length];
        return id.Length == 32 && Guid.TryParseExact(id, "N", out var organisationId) ? organisationId : null;
    }

    internal bool TryGetSettings(string? schemeName, out SignInProviderSettings settings)
    {
        settings = null!;
        return schemeName is not null && _settings.TryGetValue(schemeName, out settings!);
    }

    /// <summary>The scheme of the organisation's provider, current with the database; null when it has none.</summary>
    public async Task<string?> EnsureAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        SignInProvider? stored;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RmtDbContext>();
            stored = await db.SignInProviders.AsNoTracking().SingleOrDefaultAsync(p => p.OrganisationId == organisationId, cancellationToken);
            var name = SchemeOf(organisationId);
            if (stored is not null && _settings.TryGetValue(name, out var current) && current.Revision == stored.UpdatedAt)
            {
                return name;
            }

            var secret = stored is null ? null : scope.ServiceProvider.GetRequiredService<SignInProviderSecrets>().Unprotect(stored.ProtectedClientSecret);
            lock (_change)
            {
                if (stored is null)
                {
                    schemes.RemoveScheme(name);
                    _settings.TryRemove(name, out _);
                    optionsCache.TryRemove(name);
                    return null;
                }

                _settings[name] = new SignInProviderSettings(
                    organisationId, stored.Issuer, stored.ClientId, secret!, stored.SubjectClaim, stored.SecondFactorValues, stored.UpdatedAt);
                // The options (and with them the discovery document and keys) are built again from the new settings.
                optionsCache.TryRemove(name);
                schemes.TryAddScheme(new AuthenticationScheme(name, null, typeof(OpenIdConnectHandler)));
                return name;
            }
        }
    }
}
