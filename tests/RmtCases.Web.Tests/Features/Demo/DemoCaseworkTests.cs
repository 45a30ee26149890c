using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Demo;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Demo;

/// <summary>Issue 17: the demo shows the workflow, with cases in every phase, held and unheld, and overdue actions.</summary>
[Collection(WebCollection.Name)]
public sealed class DemoCaseworkTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_has_every_phase_held_and_unheld_cases_and_overdue_actions_in_each_region_and_seeds_once()
    {
        await fixture.InScopeAsync(async (services, _) => await DemoSeeder.SeedAsync(services, CancellationToken.None));
        var steps = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM route_phase_changes");
        await fixture.InScopeAsync(async (services, _) => await DemoSeeder.SeedAsync(services, CancellationToken.None));

        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM route_phase_changes")).Should().Be(steps, "seeding again adds nothing");
        foreach (var region in new[] { 11, 35 })
        {
            (await fixture.Database.ScalarAsync<long>($"SELECT count(DISTINCT route_phase) FROM participants WHERE region_id = {region}"))
                .Should().Be(Enum.GetValues<RoutePhase>().Length, $"region {region}");
            (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM participants p WHERE region_id = {region} AND status = 1 AND route_phase < 5 AND NOT EXISTS (SELECT 1 FROM case_assignments a WHERE a.participant_id = p.id)"))
                .Should().BeGreaterThan(0, "the werkvoorraad is not empty");
            (await fixture.Database.ScalarAsync<long>($"SELECT count(DISTINCT a.user_id) FROM case_assignments a JOIN participants p ON p.id = a.participant_id WHERE p.region_id = {region}"))
                .Should().Be(2, "both gemeente caseworkers hold cases");
            (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM plan_actions x JOIN participants p ON p.id = x.participant_id WHERE p.region_id = {region} AND x.status IN (1, 2) AND x.due_on < CURRENT_DATE"))
                .Should().BeGreaterThan(0, "some actions are overdue");
        }

        (await fixture.Database.ScalarAsync<long>("""
            SELECT count(*) FROM case_assignments a
            WHERE NOT EXISTS (SELECT 1 FROM case_involvements i WHERE i.participant_id = a.participant_id AND i.organisation_id = a.organisation_id)
            """)).Should().Be(0, "a casehouder's organisation is involved");
    }
}
