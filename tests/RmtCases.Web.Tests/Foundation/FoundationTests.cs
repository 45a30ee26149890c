using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Demo;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Foundation;

[Collection(WebCollection.Name)]
public sealed class FoundationTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Migrations_create_the_schema_and_all_35_labour_market_regions()
    {
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM regions")).Should().Be(35);
        (await fixture.Database.ScalarAsync<string>("SELECT name FROM regions WHERE id = 11")).Should().Be("Groot Amsterdam");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM __ef_migrations_history")).Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task The_schema_has_no_bsn_notes_or_union_membership_column()
    {
        var columns = await fixture.Database.ScalarAsync<string>(
            "SELECT string_agg(table_name || '.' || column_name, ' ') FROM information_schema.columns WHERE table_schema = 'public'");
        columns.Should().NotBeNullOrEmpty();
        foreach (var forbidden in new[] { "bsn", "burgerservicenummer", "notes", "note", "remarks", "opmerking", "union_member", "vakbondslid", "photo" })
        {
            columns!.Split(' ').Select(c => c.Split('.')[1]).Should().NotContain(c => c == forbidden || c.Contains(forbidden + "_") || c.EndsWith("_" + forbidden, StringComparison.Ordinal), forbidden);
        }
    }

    [Fact]
    public void Participant_ids_are_version_7_uuids()
    {
        var id = new Participant { Person = Sample.Person() }.Id;
        id.Version.Should().Be(7);
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        var response = await fixture.CreateClient().GetAsync("/health");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_answers_503_when_the_database_is_not_reachable()
    {
        await using var unreachable = new RmtAppFactory(fixture.Database, fixture.Clock, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Rmt"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2",
        });
        var response = await unreachable.CreateClient().GetAsync("/health");
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Seeding_demo_data_twice_changes_nothing()
    {
        await fixture.InScopeAsync(async (services, _) => await DemoSeeder.SeedAsync(services, CancellationToken.None));
        var first = await CountsAsync();
        await fixture.InScopeAsync(async (services, _) => await DemoSeeder.SeedAsync(services, CancellationToken.None));
        var second = await CountsAsync();

        second.Should().Equal(first);
        first[0].Should().BeGreaterThanOrEqualTo(50, "at least 25 participants per region");
        first[1].Should().Be(13, "the demo accounts of the README");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM banenafspraak_indications")).Should().BeInRange(8, 16, "about one in five");
    }

    [Fact]
    public async Task A_participant_with_every_category_round_trips()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11);
        var participant = Sample.Full(11, municipality.Id, provider.Id);
        await fixture.InsertAsync(participant);
        await fixture.InsertAsync(new BanenafspraakIndication
        {
            ParticipantId = participant.Id, RegionId = 11, InTargetGroup = true, RegisteredOn = new DateOnly(2021, 9, 1), RecordedByOrganisationId = municipality.Id,
        });

        var loaded = await fixture.InScopeAsync(async (_, db) => await db.Participants.AsNoTracking()
            .Include(p => p.Education).Include(p => p.WorkHistory).Include(p => p.Mediation)
            .Include(p => p.ServiceDeliveries).Include(p => p.Involvements)
            .SingleAsync(p => p.Id == participant.Id));
        var indication = await fixture.FindAsync<BanenafspraakIndication>(participant.Id);

        // PostgreSQL keeps microseconds, .NET ticks: the two times the route starts with are compared to the microsecond.
        loaded.Should().BeEquivalentTo(participant, o => o.Excluding(p => p.Version).Excluding(p => p.RegisteredAt).Excluding(p => p.RoutePhaseSince)
            .Excluding(p => p.Involvements).Excluding(p => p.ServiceDeliveries));
        loaded.RoutePhaseSince.Should().BeCloseTo(participant.RegisteredAt, TimeSpan.FromMicroseconds(1));
        loaded.ServiceDeliveries.Single().Cost.Should().Be(1234.56m);
        loaded.Involvements.Select(i => i.OrganisationId).Should().Equal(municipality.Id);
        loaded.Version.Should().NotBe(0u);
        indication!.InTargetGroup.Should().BeTrue();
    }

    [Fact]
    public async Task A_concurrent_edit_of_the_same_participant_is_detected_not_overwritten()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var participant = await fixture.InsertAsync(Sample.Full(11, municipality.Id, municipality.Id));

        await using var scopeA = fixture.Factory.Services.CreateAsyncScope();
        await using var scopeB = fixture.Factory.Services.CreateAsyncScope();
        scopeA.ServiceProvider.GetRequiredService<DataScope>().ForRegion(11);
        scopeB.ServiceProvider.GetRequiredService<DataScope>().ForRegion(11);
        var dbA = scopeA.ServiceProvider.GetRequiredService<RmtDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<RmtDbContext>();
        var a = await dbA.Participants.SingleAsync(p => p.Id == participant.Id);
        var b = await dbB.Participants.SingleAsync(p => p.Id == participant.Id);

        a.Person.City = "Diemen";
        await dbA.SaveChangesAsync();
        b.Person.City = "Amstelveen";
        var second = () => dbB.SaveChangesAsync();

        await second.Should().ThrowAsync<DbUpdateConcurrencyException>();
        (await fixture.Database.ScalarAsync<string>($"SELECT person_city FROM participants WHERE id = '{participant.Id}'")).Should().Be("Diemen");
    }

    private async Task<long[]> CountsAsync() =>
    [
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participants")),
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM users")),
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM organisations")),
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM work_history_entries")),
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM banenafspraak_indications")),
    ];
}
