using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Demo;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Demo;

/// <summary>Issue 14: the demo data obeys the rules it demonstrates.</summary>
[Collection(WebCollection.Name)]
public sealed class DemoDataTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Demo_werkfitbehoud_only_for_the_target_group_and_administrators_in_their_own_organisation()
    {
        await fixture.InScopeAsync(async (services, _) => await DemoSeeder.SeedAsync(services, CancellationToken.None));

        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM service_deliveries WHERE service_type = 1")).Should().BeGreaterThan(0, "the demo shows werkfitbehoud");
        (await fixture.Database.ScalarAsync<long>("""
            SELECT count(*) FROM service_deliveries s
            WHERE s.service_type = 1
              AND NOT EXISTS (SELECT 1 FROM banenafspraak_indications b WHERE b.participant_id = s.participant_id AND b.in_target_group)
            """)).Should().Be(0, "art. 3 of the Tijdelijke regeling aanvullende crisisdienstverlening COVID-19");
        (await fixture.Database.ScalarAsync<int>("SELECT type FROM organisations WHERE name = 'Functioneel beheer RMT'")).Should().Be((int)OrganisationType.Administration);
        (await fixture.Database.ScalarAsync<long>("""
            SELECT count(*) FROM users u JOIN organisations o ON o.id = u.organisation_id
            WHERE (u.role = 3) <> (o.type = 6)
            """)).Should().Be(0, "administrators belong to the administrators' organisation, and only they do");
    }
}
