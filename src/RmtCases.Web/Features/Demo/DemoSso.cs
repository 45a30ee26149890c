using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Data.Configurations;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Demo;

/// <summary>
/// `scripts/run --sso`: an organisation whose people sign in at the test OpenID Provider the script starts
/// (Demo:Sso:Issuer, Demo:Sso:ClientSecret). Its id is fixed, so the provider knows the redirect URI in advance.
/// </summary>
public static class DemoSso
{
    public static readonly Guid OrganisationId = Guid.Parse("5a0e0000-0000-4000-8000-0000000000de");
    public const string Domain = "amstelveen.demo";
    public const string Account = "medewerker@amstelveen.demo";
    public const string ClientId = "rmtcases-demo";

    public static async Task EnsureIfConfiguredAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var issuer = configuration["Demo:Sso:Issuer"];
        if (string.IsNullOrEmpty(issuer))
        {
            return;
        }

        var secret = configuration["Demo:Sso:ClientSecret"] ?? throw new InvalidOperationException("Demo:Sso:ClientSecret is not set.");
        var db = services.GetRequiredService<RmtDbContext>();
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == OrganisationId, cancellationToken);
        if (organisation is null)
        {
            organisation = new Organisation
            {
                Id = OrganisationId, Name = "Gemeente Amstelveen (eigen inlog)", Type = OrganisationType.Municipality,
                RegionId = LabourMarketRegions.GrootAmsterdam,
            };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken);
        }

        await DemoSeeder.EnsureUserAsync(services.GetRequiredService<UserManager<AppUser>>(), Account, "Klantmanager gemeente Amstelveen",
            organisation, Role.Caseworker, DateTimeOffset.UtcNow, cancellationToken);

        var provider = await db.SignInProviders.SingleOrDefaultAsync(p => p.OrganisationId == OrganisationId, cancellationToken);
        if (provider is null)
        {
            provider = new SignInProvider { OrganisationId = OrganisationId, Issuer = issuer, ClientId = ClientId, ProtectedClientSecret = "" };
            db.SignInProviders.Add(provider);
        }

        provider.Issuer = issuer;
        provider.ClientId = ClientId;
        provider.ProtectedClientSecret = services.GetRequiredService<SignInProviderSecrets>().Protect(secret);
        provider.EmailDomains = [Domain];
        provider.SecondFactorValues = ["urn:rmt:test:mfa"];
        provider.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
    }
}
