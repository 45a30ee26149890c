using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Data.Configurations;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Casework;

/// <summary>
/// Issue 17, migration CaseworkRegion: casework rows made before the casework tables had a region of their own get
/// their participant's, and the region policy then keeps them apart by that column.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CaseworkRegionMigrationTests(WebFixture fixture) : IAsyncLifetime
{
    private const string PreviousMigration = "20261202012128_PlanActionsRevealingBanenafspraak";

    private static readonly string[] _tables = ["case_assignments", "route_plans", "plan_actions", "route_phase_changes"];

    public Task InitializeAsync() => fixture.ResetAsync();

    public async Task DisposeAsync() => await MigrateAsync(null);

    [Fact]
    public async Task Existing_casework_rows_take_their_participants_region_and_are_kept_apart_by_it()
    {
        var amsterdam = await ArrangeAsync(11);
        var rotterdam = await ArrangeAsync(35);
        await MigrateAsync(PreviousMigration);
        // The rows as the previous version made them: the model never maps the column, so inserting works on either.
        await InsertCaseworkAsync(amsterdam);
        await InsertCaseworkAsync(rotterdam);

        await MigrateAsync(null);

        foreach (var table in _tables)
        {
            (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM {table} c JOIN participants p ON p.id = c.participant_id WHERE c.region_id = p.region_id"))
                .Should().Be(2, table);
            (await AppCountAsync(table, 11)).Should().Be(1, table);
            (await AppCountAsync(table, 35)).Should().Be(1, table);
        }
    }

    private sealed record Arranged(Participant Participant, Organisation Municipality, Guid Caseworker);

    private async Task<Arranged> ArrangeAsync(int regionId)
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, regionId);
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, regionId);
        var caseworker = await fixture.CreateUserAsync(municipality);
        var participant = Sample.Full(regionId, municipality.Id, provider.Id);
        return new Arranged(participant, municipality, caseworker.Id);
    }

    private async Task InsertCaseworkAsync(Arranged arranged)
    {
        var (participant, municipality, caseworker) = arranged;
        participant.ChangePhase(RoutePhase.Intake, null, null, DateTimeOffset.UtcNow, municipality.Id, caseworker).IsValid.Should().BeTrue();
        await fixture.InsertAsync(participant);
        await fixture.InsertAsync(new CaseAssignment { ParticipantId = participant.Id, OrganisationId = municipality.Id, UserId = caseworker, Since = DateTimeOffset.UtcNow });
        var plan = new RoutePlan { ParticipantId = participant.Id, CreatedAt = DateTimeOffset.UtcNow, ChangedAt = DateTimeOffset.UtcNow };
        plan.Actions.Add(new PlanAction
        {
            ParticipantId = participant.Id, CatalogueItemId = ActionCatalogueSeed.Intake, OwnerOrganisationId = municipality.Id, ResponsibleUserId = caseworker,
            DueOn = new DateOnly(2030, 3, 1), CreatedAt = DateTimeOffset.UtcNow, StatusChangedAt = DateTimeOffset.UtcNow,
        });
        await fixture.InsertAsync(plan);
    }

    private async Task<long> AppCountAsync(string table, int regionId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SET rmt.region_id = '{regionId}'; SET rmt.sees_banenafspraak = 'on'; SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
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
