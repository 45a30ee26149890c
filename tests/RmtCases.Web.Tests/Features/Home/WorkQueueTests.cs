using Npgsql;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Home;

/// <summary>
/// Werkvoorraad reads <c>work_queue</c> (migration WorkQueue), which triggers keep. After every kind of change that
/// moves a case in or out of an organisation's queue, the table holds exactly the rule restated here: an open route
/// (active, not completed or aborted) in the organisation's region and scope (municipality and UWV: the region; union
/// and employer organisation: the cases they are involved in; an external provider: none), that nobody of the
/// organisation holds.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WorkQueueTests(WebFixture fixture) : IAsyncLifetime
{
    private static readonly string Rule = $"""
        SELECT o.id AS organisation_id, p.id AS participant_id, p.region_id, p.registered_at
        FROM organisations o JOIN participants p ON p.region_id = o.region_id
        WHERE p.status = {(int)ParticipantStatus.Active} AND p.route_phase NOT IN ({(int)RoutePhase.Completed}, {(int)RoutePhase.Aborted})
          AND (o.type IN ({(int)OrganisationType.Municipality}, {(int)OrganisationType.Uwv})
               OR (o.type IN ({(int)OrganisationType.Union}, {(int)OrganisationType.EmployerOrganisation})
                   AND EXISTS (SELECT 1 FROM case_involvements i WHERE i.participant_id = p.id AND i.organisation_id = o.id)))
          AND NOT EXISTS (SELECT 1 FROM case_assignments a WHERE a.participant_id = p.id AND a.organisation_id = o.id)
        """;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_queue_equals_the_rule_after_every_kind_of_change()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var uwv = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11);
        var union = await fixture.CreateOrganisationAsync(OrganisationType.Union, 11);
        var employers = await fixture.CreateOrganisationAsync(OrganisationType.EmployerOrganisation, 11);
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11);
        var elsewhere = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 35);
        var caseworker = await fixture.CreateUserAsync(municipality);
        var colleague = await fixture.CreateUserAsync(municipality);
        var unionCaseworker = await fixture.CreateUserAsync(union);

        var ids = new List<Guid>();
        await fixture.InScopeAsync(async (_, db) =>
        {
            for (var i = 0; i < 10; i++)
            {
                var participant = Sample.Full(11, municipality.Id, provider.Id, surname: $"Wachtrij{i}");
                participant.RegisteredAt = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(i);
                if (i % 3 == 0)
                {
                    participant.Involve(union.Id, DateTimeOffset.UtcNow);
                }

                db.Participants.Add(participant);
                ids.Add(participant.Id);
            }

            db.Participants.Add(Sample.Full(35, elsewhere.Id, provider.Id, surname: "Elders"));
            await db.SaveChangesAsync();
        });
        var p = ids.Select(id => $"'{id}'").ToArray();
        await ExpectRuleAsync("registered: every open route in the region queues for the municipality and UWV, the involved ones for the union");
        (await QueuedAsync(municipality.Id)).Should().Be(10);
        (await QueuedAsync(union.Id)).Should().Be(4);
        (await QueuedAsync(employers.Id)).Should().Be(0);
        (await QueuedAsync(provider.Id)).Should().Be(0);
        (await QueuedAsync(elsewhere.Id)).Should().Be(1);

        var since = "'2026-02-01T09:00:00Z'";
        await fixture.Database.ExecuteAsync($"""
            INSERT INTO case_assignments (participant_id, organisation_id, user_id, since, region_id) VALUES
                ({p[0]}, '{municipality.Id}', '{caseworker.Id}', {since}, 0),
                ({p[1]}, '{municipality.Id}', '{caseworker.Id}', {since}, 0),
                ({p[0]}, '{union.Id}', '{unionCaseworker.Id}', {since}, 0)
            """);
        await ExpectRuleAsync("taken");
        (await QueuedAsync(municipality.Id)).Should().Be(8);
        (await QueuedAsync(uwv.Id)).Should().Be(10, "another organisation's casehouder does not take the case out of UWV's queue");

        await fixture.Database.ExecuteAsync($"UPDATE case_assignments SET user_id = '{colleague.Id}' WHERE participant_id = {p[1]}");
        await ExpectRuleAsync("handed to a colleague");
        await fixture.Database.ExecuteAsync($"UPDATE case_assignments SET participant_id = {p[2]} WHERE participant_id = {p[1]}");
        await ExpectRuleAsync("an assignment moved to another participant");
        await fixture.Database.ExecuteAsync($"DELETE FROM case_assignments WHERE participant_id = {p[2]}");
        await ExpectRuleAsync("released");

        await fixture.Database.ExecuteAsync($"""
            INSERT INTO case_involvements (participant_id, organisation_id, since, region_id) VALUES ({p[1]}, '{employers.Id}', now(), 0);
            DELETE FROM case_involvements WHERE participant_id = {p[3]} AND organisation_id = '{union.Id}';
            """);
        await ExpectRuleAsync("an involvement started and another ended");
        (await QueuedAsync(employers.Id)).Should().Be(1);

        await fixture.Database.ExecuteAsync($"""
            UPDATE participants SET route_phase = {(int)RoutePhase.Completed} WHERE id = {p[4]};
            UPDATE participants SET route_phase = {(int)RoutePhase.Aborted} WHERE id = {p[5]};
            UPDATE participants SET route_phase = {(int)RoutePhase.Execution} WHERE id = {p[6]};
            UPDATE participants SET status = {(int)ParticipantStatus.Withdrawn}, withdrawn_on = '2026-03-01' WHERE id = {p[7]};
            UPDATE participants SET registered_at = registered_at - interval '400 days' WHERE id = {p[8]};
            """);
        await ExpectRuleAsync("completed, aborted, in execution, withdrawn, registration date corrected");
        await fixture.Database.ExecuteAsync($"""
            UPDATE participants SET route_phase = {(int)RoutePhase.Intake} WHERE id = {p[4]};
            UPDATE participants SET status = {(int)ParticipantStatus.Active}, withdrawn_on = NULL WHERE id = {p[7]};
            """);
        await ExpectRuleAsync("reopened and restored");

        await fixture.Database.ExecuteAsync($"UPDATE participants SET region_id = 35 WHERE id = {p[9]}");
        await ExpectRuleAsync("moved to another region");
        (await QueuedAsync(elsewhere.Id)).Should().Be(2);

        var newcomer = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11);
        await ExpectRuleAsync("an organisation added");
        (await QueuedAsync(newcomer.Id)).Should().BeGreaterThan(0);
        await fixture.Database.ExecuteAsync($"UPDATE organisations SET type = {(int)OrganisationType.Union} WHERE id = '{newcomer.Id}'");
        await ExpectRuleAsync("an organisation's type changed");
        (await QueuedAsync(newcomer.Id)).Should().Be(0);

        await fixture.Database.ExecuteAsync($"DELETE FROM case_assignments WHERE participant_id = {p[0]}; DELETE FROM participants WHERE id = {p[0]}");
        await ExpectRuleAsync("erased");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM work_queue WHERE participant_id = {p[0]}")).Should().Be(0);

        // The migration's and the bench's path: every row from scratch, on a table the triggers filled.
        var queued = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM work_queue");
        (await fixture.Database.ScalarAsync<long>("SELECT rmt_work_queue_fill()")).Should().Be(queued);
        await ExpectRuleAsync("filled from scratch");
    }

    /// <summary>
    /// A case taken while someone else closes its route, both in flight at once, in either order: each change's
    /// triggers must see the other's rows once it has committed, or the queue keeps a closed route (or loses one).
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Two_changes_to_one_case_at_once_leave_the_queue_equal_to_the_rule(bool takenFirst)
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11);
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11);
        var caseworker = await fixture.CreateUserAsync(municipality);
        var participant = Sample.Full(11, municipality.Id, provider.Id);
        await fixture.InsertAsync(participant);
        var take = $"INSERT INTO case_assignments (participant_id, organisation_id, user_id, since, region_id) VALUES ('{participant.Id}', '{municipality.Id}', '{caseworker.Id}', now(), 0)";
        var close = $"UPDATE participants SET route_phase = {(int)RoutePhase.Completed} WHERE id = '{participant.Id}'";

        await using var first = new NpgsqlConnection(fixture.Database.AllRegionsConnectionString);
        await using var second = new NpgsqlConnection(fixture.Database.AllRegionsConnectionString);
        await first.OpenAsync();
        await second.OpenAsync();
        await using var firstTransaction = await first.BeginTransactionAsync();
        await using var secondTransaction = await second.BeginTransactionAsync();
        await new NpgsqlCommand(takenFirst ? take : close, first, firstTransaction).ExecuteNonQueryAsync();
        var waiting = new NpgsqlCommand(takenFirst ? close : take, second, secondTransaction).ExecuteNonQueryAsync();
        await WaitUntilBlockedAsync(second.ProcessID);
        await firstTransaction.CommitAsync();
        await waiting;
        await secondTransaction.CommitAsync();

        await ExpectRuleAsync(takenFirst ? "taken while being closed" : "closed while being taken");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM work_queue WHERE participant_id = '{participant.Id}'")).Should().Be(0);
    }

    [Fact]
    public async Task The_queue_is_bound_to_the_region_like_every_table_with_a_participant()
    {
        (await fixture.Database.ScalarAsync<bool>("SELECT relrowsecurity AND relforcerowsecurity FROM pg_class WHERE relname = 'work_queue'")).Should().BeTrue();
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11);
        await fixture.InsertAsync(Sample.Full(11, municipality.Id, provider.Id));
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM work_queue")).Should().Be(1);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM work_queue", allRegions: false)).Should().Be(0, "without a region the session sees no row");
    }

    /// <summary>Until the backend waits for a lock: bounded, as the other transaction commits only after it.</summary>
    private async Task WaitUntilBlockedAsync(int processId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await fixture.Database.ScalarAsync<bool>($"SELECT coalesce((SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = {processId}), false)"))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The second change never waited for the first.");
    }

    private Task<long> QueuedAsync(Guid organisationId) =>
        fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM work_queue WHERE organisation_id = '{organisationId}'");

    private async Task ExpectRuleAsync(string after)
    {
        var differences = await fixture.Database.ScalarAsync<long>($"""
            SELECT count(*) FROM (
                (SELECT organisation_id, participant_id, region_id, registered_at FROM work_queue EXCEPT {Rule})
                UNION ALL
                ({Rule} EXCEPT SELECT organisation_id, participant_id, region_id, registered_at FROM work_queue)) d
            """);
        differences.Should().Be(0, $"the queue holds the rule after: {after}");
    }
}
