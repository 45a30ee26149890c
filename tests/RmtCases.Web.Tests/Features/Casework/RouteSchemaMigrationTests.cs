using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Casework;

/// <summary>Issue 17: participants registered before the route existed start it at Aangemeld, since their registration.</summary>
[Collection(WebCollection.Name)]
public sealed class RouteSchemaMigrationTests(WebFixture fixture) : IAsyncLifetime
{
    private const string PreviousMigration = "20261201181526_HomeRecentFiles";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Existing_participants_are_at_Aangemeld_since_their_registration_in_every_region()
    {
        var amsterdam = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var rotterdam = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 35);
        await MigrateAsync(PreviousMigration);
        await fixture.Database.ExecuteAsync($"""
            INSERT INTO participants (id, region_id, status, registered_at, registered_by_organisation_id, person_given_names, person_surname,
                person_date_of_birth, person_street, person_house_number, person_postcode, person_city, participation_agreed_on, informed_by,
                participation_recorded_by_user_id) VALUES
              ('{Guid.NewGuid()}', 11, 1, '2021-03-01T09:00:00Z', '{amsterdam.Id}', 'Ayşe', 'Öztürk', '1980-05-17', 'Damrak', '1', '1012LG', 'Amsterdam', '2021-03-01', 1, '{Guid.NewGuid()}'),
              ('{Guid.NewGuid()}', 35, 1, '2021-04-02T10:30:00Z', '{rotterdam.Id}', 'Jan', 'Jansen', '1970-01-01', 'Coolsingel', '40', '3011AD', 'Rotterdam', '2021-04-02', 1, '{Guid.NewGuid()}');
            """);

        await MigrateAsync(null);

        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM participants WHERE route_phase = {(int)RoutePhase.Registered} AND route_phase_since = registered_at"))
            .Should().Be(2);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participants WHERE route_outcome IS NOT NULL OR route_abort_reason IS NOT NULL")).Should().Be(0);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM route_phase_changes")).Should().Be(0);
    }

    private async Task MigrateAsync(string? target)
    {
        var options = new DbContextOptionsBuilder<RmtDbContext>()
            .UseNpgsql(fixture.Database.OwnerConnectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using var db = new RmtDbContext(options);
        await db.GetService<IMigrator>().MigrateAsync(target);
    }
}
