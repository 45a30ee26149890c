using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Retention;
using RmtCases.Web.Data.Configurations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Retention;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Retention;

[Collection(WebCollection.Name)]
public sealed class PurgeTests(WebFixture fixture) : IAsyncLifetime
{
    private static readonly DateOnly _end = new(2023, 1, 1);
    private Organisation _municipality = null!;
    private Organisation _provider = null!;
    private TestUser _caseworker = null!;
    private readonly List<(Guid Id, int Region, ParticipantStatus Status, DateOnly? WithdrawnOn, decimal[] Costs)> _arranged = [];

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        _provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11);
        _caseworker = await fixture.CreateUserAsync(_municipality);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private PurgeEngine Engine => fixture.Factory.Services.GetRequiredService<PurgeEngine>();

    private async Task ArrangeAsync()
    {
        // Active ones, and withdrawn ones just inside, on and just outside the 28-day grace period.
        var withdrawals = new DateOnly?[] { null, null, null, new(2022, 6, 1), new(2022, 6, 2), new(2022, 6, 3), new(2022, 12, 10), new(2022, 12, 20) };
        for (var i = 0; i < withdrawals.Length; i++)
        {
            var participant = Sample.Full(11, _municipality.Id, _provider.Id, surname: $"Deelnemer{i}");
            participant.ServiceDeliveries[0].Cost = 100.01m * (i + 1);
            participant.ServiceDeliveries[0].StartDate = new DateOnly(2021, 1 + i, 15);
            participant.ServiceDeliveries.Add(new ServiceDelivery
            {
                ServiceType = ServiceType.ScholingPraktijkleren, ProviderOrganisationId = _provider.Id,
                StartDate = new DateOnly(2022, 2, 1), EndDate = new DateOnly(2022, 5, 1), Cost = 0.99m + i,
            });
            // The route (issue 17): one step, a plan with one action, and a casehouder, all erased with the participant.
            participant.ChangePhase(RoutePhase.Intake, null, null, DateTimeOffset.UtcNow, _municipality.Id, _caseworker.Id);
            if (withdrawals[i] is { } on)
            {
                participant.Withdraw(on, WithdrawalReason.FoundWork);
            }

            await fixture.InsertAsync(participant);
            var plan = new RoutePlan { ParticipantId = participant.Id, Goal = PlanGoal.KeepJob, CreatedAt = DateTimeOffset.UtcNow, ChangedAt = DateTimeOffset.UtcNow };
            plan.Actions.Add(new PlanAction
            {
                ParticipantId = participant.Id, CatalogueItemId = ActionCatalogueSeed.Intake, OwnerOrganisationId = _municipality.Id,
                ResponsibleUserId = _caseworker.Id, DueOn = new DateOnly(2022, 7, 1), CreatedAt = DateTimeOffset.UtcNow, StatusChangedAt = DateTimeOffset.UtcNow,
            });
            await fixture.InsertAsync(plan);
            await fixture.InsertAsync(new CaseAssignment { ParticipantId = participant.Id, OrganisationId = _municipality.Id, UserId = _caseworker.Id, Since = DateTimeOffset.UtcNow });
            await fixture.InsertAsync(new BanenafspraakIndication { ParticipantId = participant.Id, RegionId = 11, InTargetGroup = true, RecordedByOrganisationId = _municipality.Id });
            await fixture.InsertAsync(new ExportRecord
            {
                Reference = $"RMT-TEST-{i:00}", Kind = ExportKind.Exchange, SenderOrganisationId = _municipality.Id, RecipientOrganisationId = _provider.Id,
                ParticipantId = participant.Id, RegionId = 11, Purpose = "Test", Categories = "af", CreatedAt = DateTimeOffset.UtcNow, Sha256 = new string('0', 64),
            });
            _arranged.Add((participant.Id, 11, participant.Status, participant.WithdrawnOn, participant.ServiceDeliveries.Select(s => s.Cost).ToArray()));
        }
    }

    // Written out here, not taken from RetentionRules, so the test checks the engine's SQL independently.
    private HashSet<Guid> ExpectedErased(DateOnly today) => _arranged
        .Where(p => today >= _end || (p.Status == ParticipantStatus.Withdrawn && p.WithdrawnOn!.Value.DayNumber + 28 <= today.DayNumber))
        .Select(p => p.Id).ToHashSet();

    private async Task<HashSet<Guid>> RemainingAsync()
    {
        var remaining = new HashSet<Guid>();
        await using var connection = new NpgsqlConnection(fixture.Database.AllRegionsConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM participants", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            remaining.Add(reader.GetGuid(0));
        }

        return remaining;
    }

    [Theory]
    [InlineData("2022-06-29")]
    [InlineData("2022-06-30")]
    [InlineData("2022-12-31")]
    [InlineData("2023-01-01")]
    [InlineData("2023-01-02")]
    public async Task Erases_exactly_the_participants_that_are_due(string today)
    {
        await ArrangeAsync();
        var settings = new PurgeSettings(DateOnly.Parse(today), _end, 28, BatchSize: 3);
        var expected = ExpectedErased(settings.Today);

        var preview = await Engine.PreviewAsync(settings, CancellationToken.None);
        var outcome = await Engine.ExecuteAsync(settings, null, null, automatic: false, null, CancellationToken.None);

        var remaining = await RemainingAsync();
        _arranged.Select(p => p.Id).Except(remaining).Should().BeEquivalentTo(expected);
        outcome.Rows.Should().BeEquivalentTo(preview.Rows, "the dry run predicts the execution");
        outcome.Rows[PurgeEngine.ParticipantsTable].Should().Be(expected.Count);

        foreach (var table in new[] { "education_entries", "work_history_entries", "mediation_activities", "service_deliveries", "case_involvements", "banenafspraak_indications",
            "route_phase_changes", "route_plans", "plan_actions", "case_assignments" })
        {
            var left = await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE participant_id NOT IN (SELECT id FROM participants)");
            left.Should().Be(0, $"no row of {table} remains for an erased participant");
            var kept = await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM {table}");
            kept.Should().Be(table == "service_deliveries" ? 2 * remaining.Count : remaining.Count, $"others keep their {table}");
        }

        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participant_tombstones")).Should().Be(expected.Count);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM export_records WHERE participant_id IS NULL")).Should().Be(expected.Count);
        (await fixture.Audit.CountAsync(AuditActions.Purge, subject: outcome.RunId)).Should().Be(1);
    }

    [Fact]
    public async Task Settlement_totals_equal_the_erased_deliveries_to_the_cent()
    {
        await ArrangeAsync();
        var settings = new PurgeSettings(new DateOnly(2023, 1, 1), _end, 28, BatchSize: 2);
        var preview = await Engine.PreviewAsync(settings, CancellationToken.None);

        await Engine.ExecuteAsync(settings, null, null, automatic: false, null, CancellationToken.None);

        var expectedTotal = _arranged.SelectMany(p => p.Costs).Sum();
        (await fixture.Database.ScalarAsync<decimal>("SELECT sum(total_amount) FROM financial_settlements")).Should().Be(expectedTotal);
        (await fixture.Database.ScalarAsync<long>("SELECT sum(deliveries) FROM financial_settlements")).Should().Be(_arranged.Count * 2);
        var perGroup = await fixture.Database.ScalarAsync<string>("""
            SELECT string_agg(g, ';' ORDER BY g) FROM (
              SELECT service_type || '|' || quarter || '|' || sum(deliveries) || '|' || sum(total_amount) AS g
              FROM financial_settlements GROUP BY region_id, provider_organisation_id, service_type, quarter) x
            """);
        var expectedGroups = preview.Settlements.Select(s => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s.ServiceType}|{s.Quarter}|{s.Deliveries}|{s.TotalAmount}"))
            .Order(StringComparer.Ordinal).ToList();
        perGroup!.Split(';').Should().Equal(expectedGroups);
        (await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'financial_settlements' AND column_name LIKE '%participant%'")).Should().Be(0);
    }

    [Fact]
    public async Task An_error_inside_a_batch_rolls_that_batch_back()
    {
        await ArrangeAsync();
        var poisoned = _arranged.OrderBy(p => p.Id).ElementAt(3).Id;
        // A real database error halfway through the second batch of two.
        await fixture.Database.ExecuteAsync($"""
            CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
            CREATE TRIGGER test_refuse BEFORE DELETE ON participants FOR EACH ROW WHEN (OLD.id = '{poisoned}') EXECUTE FUNCTION test_refuse();
            """);
        try
        {
            var settings = new PurgeSettings(new DateOnly(2023, 1, 1), _end, 28, BatchSize: 2);
            var run = () => Engine.ExecuteAsync(settings, null, null, automatic: false, null, CancellationToken.None);

            await run.Should().ThrowAsync<PostgresException>();

            var remaining = await RemainingAsync();
            remaining.Should().HaveCount(_arranged.Count - 2, "only the first batch was committed");
            remaining.Should().Contain(poisoned);
            (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM work_history_entries WHERE participant_id = '{poisoned}'")).Should().Be(1, "the failed batch erased nothing");
            (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participant_tombstones")).Should().Be(2);
            (await fixture.Database.ScalarAsync<long>("SELECT sum(deliveries) FROM financial_settlements")).Should().Be(4);
        }
        finally
        {
            await fixture.Database.ExecuteAsync("DROP TRIGGER test_refuse ON participants; DROP FUNCTION test_refuse();");
        }
    }

    [Fact]
    public async Task A_purge_cancelled_after_a_batch_and_run_again_ends_as_an_uninterrupted_one()
    {
        await ArrangeAsync();
        var settings = new PurgeSettings(new DateOnly(2023, 1, 1), _end, 28, BatchSize: 2);
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Batches == 2)
            {
                cancellation.Cancel();
            }
        });

        var first = () => Engine.ExecuteAsync(settings, null, null, automatic: false, progress, cancellation.Token);
        await first.Should().ThrowAsync<OperationCanceledException>();
        (await RemainingAsync()).Should().HaveCount(_arranged.Count - 4);

        var second = await Engine.ExecuteAsync(settings, null, null, automatic: false, null, CancellationToken.None);
        var third = await Engine.ExecuteAsync(settings, null, null, automatic: false, null, CancellationToken.None);

        (await RemainingAsync()).Should().BeEmpty();
        second.Rows[PurgeEngine.ParticipantsTable].Should().Be(_arranged.Count - 4);
        third.Rows[PurgeEngine.ParticipantsTable].Should().Be(0, "a second complete run erases nothing");
        (await fixture.Database.ScalarAsync<decimal>("SELECT sum(total_amount) FROM financial_settlements")).Should().Be(_arranged.SelectMany(p => p.Costs).Sum());
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participant_tombstones")).Should().Be(_arranged.Count);
    }

    [Fact]
    public async Task Only_one_purge_runs_at_a_time()
    {
        await ArrangeAsync();
        var settings = new PurgeSettings(new DateOnly(2023, 1, 1), _end, 28, BatchSize: 2);
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Batches == 1)
            {
                started.TrySetResult();
                release.Task.Wait(TimeSpan.FromSeconds(30));
            }
        });

        var first = Task.Run(() => Engine.ExecuteAsync(settings, null, null, automatic: false, progress, CancellationToken.None));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await Engine.ExecuteAsync(settings, null, null, automatic: false, null, CancellationToken.None);
        release.SetResult();
        var firstOutcome = await first;

        second.AlreadyRunning.Should().BeTrue();
        firstOutcome.AlreadyRunning.Should().BeFalse();
        (await RemainingAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task The_daily_purge_runs_once_whichever_instance_comes_later()
    {
        await ArrangeAsync();
        var settings = new PurgeSettings(new DateOnly(2023, 1, 1), _end, 28, BatchSize: 2);
        var today = DateTimeOffset.UtcNow.AddHours(-1);

        // Every instance's worker looks before it takes the lock; one that looked while the other was running
        // arrives after it has finished, and must then find the day's run done, not start a second one.
        var first = await Engine.ExecuteAsync(settings, null, null, automatic: true, null, CancellationToken.None, onceSince: today);
        var late = await Engine.ExecuteAsync(settings, null, null, automatic: true, null, CancellationToken.None, onceSince: today);

        first.AlreadyDone.Should().BeFalse();
        first.Rows[PurgeEngine.ParticipantsTable].Should().Be(_arranged.Count);
        late.AlreadyDone.Should().BeTrue();
        late.AlreadyRunning.Should().BeFalse();
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM purge_runs")).Should().Be(1, "one run, one certificate, for the day");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM destruction_certificates")).Should().Be(1);
    }

    [Fact]
    public async Task A_live_run_is_never_taken_for_a_dead_one()
    {
        await ArrangeAsync();
        var settings = new PurgeSettings(new DateOnly(2023, 1, 1), _end, 28, BatchSize: 2);
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Batches == 1)
            {
                started.TrySetResult();
                release.Task.Wait(TimeSpan.FromSeconds(30));
            }
        });

        var run = Task.Run(() => Engine.ExecuteAsync(settings, null, null, automatic: false, progress, CancellationToken.None));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var closed = await Engine.CloseDeadRunsAsync(CancellationToken.None);
        var status = await fixture.Database.ScalarAsync<int>("SELECT status FROM purge_runs");
        release.SetResult();
        var outcome = await run;

        closed.Should().Be(0, "the running purge holds the lock");
        status.Should().Be((int)PurgeStatus.Running);
        (await fixture.Database.ScalarAsync<int>("SELECT status FROM purge_runs")).Should().Be((int)PurgeStatus.Completed);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM destruction_certificates WHERE purge_run_id = '{outcome.RunId}'")).Should().Be(1);
    }

    [Fact]
    public async Task Each_batch_records_its_evidence_in_the_run_as_it_commits()
    {
        await ArrangeAsync();
        var settings = new PurgeSettings(new DateOnly(2023, 1, 1), _end, 28, BatchSize: 3);
        var seen = new List<(long Participants, long Exports, int Batches)>();
        var progress = new SynchronousProgress(p =>
        {
            // Read from another connection: only what the batch committed is visible there.
            seen.Add((
                fixture.Database.ScalarAsync<long>("SELECT (counts->>'participants')::bigint FROM purge_runs").GetAwaiter().GetResult(),
                fixture.Database.ScalarAsync<long>("SELECT sum(value::bigint) FROM purge_runs, jsonb_each_text(recipients)").GetAwaiter().GetResult(),
                fixture.Database.ScalarAsync<int>("SELECT batches FROM purge_runs").GetAwaiter().GetResult()));
        });

        await Engine.ExecuteAsync(settings, null, null, automatic: false, progress, CancellationToken.None);

        seen.Should().Equal((3L, 3L, 1), (6L, 6L, 2), (8L, 8L, 3));
    }

    /// <summary>Progress that reports on the engine's thread, so a test can act between batches.</summary>
    private sealed class SynchronousProgress(Action<PurgeProgress> report) : IProgress<PurgeProgress>
    {
        public void Report(PurgeProgress value) => report(value);
    }
}
