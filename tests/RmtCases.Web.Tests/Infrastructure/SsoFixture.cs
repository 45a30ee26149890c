using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>
/// An application host and database of its own with the test OpenID Provider beside it. The provider knows
/// the application's redirect URIs for two fixed organisation ids (the database is emptied between tests).
/// </summary>
public sealed class SsoFixture : IAsyncLifetime
{
    public static readonly Guid Organisation = Guid.Parse("5a0e0000-0000-4000-8000-000000000001");

    /// <summary>Configured with the provider's other name, so its tokens come from another issuer than configured.</summary>
    public static readonly Guid MisnamedOrganisation = Guid.Parse("5a0e0000-0000-4000-8000-000000000002");

    public const string Domain = "sso.test";

    private TestOpenIdProvider? _provider;

    public WebFixture Web { get; } = new();

    public TestOpenIdProvider Provider => _provider ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        await Web.InitializeAsync();
        _provider = await TestOpenIdProvider.StartAsync(
            new[] { Organisation, MisnamedOrganisation }.Select(id => RmtAppFactory.PublicBaseUrl + SignInProviderSchemes.CallbackPathOf(id)),
            [RmtAppFactory.PublicBaseUrl + "/account/uitloggen"]);
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        await Web.DisposeAsync();
    }

    /// <summary>The organisation and its provider, as an administrator would configure them.</summary>
    public Task<Organisation> ArrangeOrganisationAsync(Guid? id = null, string? issuer = null, params string[] secondFactorValues) =>
        ArrangeAsync(Web, issuer ?? Provider.Issuer, id ?? Organisation, id == MisnamedOrganisation ? "misnamed.test" : Domain, secondFactorValues);

    /// <summary>An organisation whose provider is the test provider at <paramref name="issuer"/>.</summary>
    public static async Task<Organisation> ArrangeAsync(WebFixture web, string issuer, Guid id, string domain, params string[] secondFactorValues)
    {
        var organisation = await web.InsertAsync(new Organisation
        {
            Id = id, Name = "Gemeente met eigen inlog " + Guid.NewGuid().ToString("N")[..8], Type = OrganisationType.Municipality, RegionId = 11,
        });
        await web.InScopeAsync(async (services, db) =>
        {
            db.SignInProviders.Add(new SignInProvider
            {
                OrganisationId = organisation.Id,
                Issuer = issuer,
                ClientId = TestOpenIdProvider.ClientId,
                ProtectedClientSecret = services.GetRequiredService<SignInProviderSecrets>().Protect(TestOpenIdProvider.ClientSecret),
                SecondFactorValues = secondFactorValues.Length == 0 ? [TestOpenIdProvider.MfaAcr] : [.. secondFactorValues],
                EmailDomains = [domain],
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        return organisation;
    }
}

[CollectionDefinition(Name)]
public sealed class SsoCollection : ICollectionFixture<SsoFixture>
{
    public const string Name = "sso";
}
