using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Retention;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Retention;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Retention;

[Collection(WebCollection.Name)]
public sealed class WageValuePurgeTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Assessments_go_after_their_own_retention_and_the_rmt_data_stays()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var now = fixture.Clock.GetUtcNow();
        var old = await fixture.InsertAsync(Assessment(municipality.Id, finalised: now.AddYears(-8)));
        var recent = await fixture.InsertAsync(Assessment(municipality.Id, finalised: now.AddYears(-1)));
        var abandoned = await fixture.InsertAsync(Assessment(municipality.Id, finalised: null, created: now.AddYears(-10)));
        // A series stays while its newest version is within the period, old versions included.
        var series = Assessment(municipality.Id, finalised: now.AddYears(-9));
        await fixture.InsertAsync(series);
        var correction = Assessment(municipality.Id, finalised: now.AddYears(-2));
        correction.SeriesId = series.SeriesId;
        correction.VersionNumber = 2;
        await fixture.InsertAsync(correction);
        var participant = await fixture.InsertAsync(Sample.Full(11, municipality.Id, municipality.Id));
        var purge = fixture.Factory.Services.GetRequiredService<WageValuePurge>();

        (await purge.CountDueAsync(CancellationToken.None)).Should().Be(2);
        var outcome = await purge.ExecuteAsync(null, automatic: false, CancellationToken.None);

        outcome.Rows["wage_value_assessments"].Should().Be(2);
        var remaining = await fixture.Database.ScalarAsync<string>("SELECT string_agg(id::text, ',') FROM wage_value_assessments");
        remaining!.Split(',').Should().BeEquivalentTo([recent.Id.ToString(), series.Id.ToString(), correction.Id.ToString()]);
        remaining.Should().NotContain(old.Id.ToString()).And.NotContain(abandoned.Id.ToString());
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM wage_value_tasks")).Should().Be(3);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM participants WHERE id = '{participant.Id}'")).Should().Be(1);
        (await purge.ExecuteAsync(null, automatic: false, CancellationToken.None)).Rows["wage_value_assessments"].Should().Be(0);
    }

    [Fact]
    public async Task The_rmt_purge_never_touches_assessments()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var participant = await fixture.InsertAsync(Sample.Full(11, municipality.Id, municipality.Id));
        var assessment = Assessment(municipality.Id, finalised: fixture.Clock.GetUtcNow().AddYears(-20));
        assessment.ParticipantId = participant.Id;
        await fixture.InsertAsync(assessment);

        await fixture.Factory.Services.GetRequiredService<PurgeEngine>()
            .ExecuteAsync(new PurgeSettings(new DateOnly(2023, 1, 2), new DateOnly(2023, 1, 1), 28, 10), null, null, automatic: false, null, CancellationToken.None);

        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participants")).Should().Be(0);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM wage_value_assessments")).Should().Be(1);
    }

    [Fact]
    public async Task A_failing_wage_value_purge_closes_its_run_as_failed()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        await fixture.InsertAsync(Assessment(municipality.Id, finalised: fixture.Clock.GetUtcNow().AddYears(-8)));
        await fixture.Database.ExecuteAsync("""
            CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
            CREATE TRIGGER test_refuse BEFORE DELETE ON wage_value_assessments FOR EACH ROW EXECUTE FUNCTION test_refuse();
            """);
        try
        {
            var run = () => fixture.Factory.Services.GetRequiredService<WageValuePurge>().ExecuteAsync(null, automatic: false, CancellationToken.None);

            await run.Should().ThrowAsync<Npgsql.PostgresException>();

            (await fixture.Database.ScalarAsync<int>("SELECT status FROM purge_runs")).Should().Be((int)PurgeStatus.Failed, "a crash no longer leaves the run running");
            (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM wage_value_assessments")).Should().Be(1);
            (await fixture.Audit.CountAsync(AuditActions.Purge, outcome: AuditOutcomes.Failed)).Should().Be(1);
        }
        finally
        {
            await fixture.Database.ExecuteAsync("DROP TRIGGER test_refuse ON wage_value_assessments; DROP FUNCTION test_refuse();");
        }
    }

    [Fact]
    public async Task A_wage_value_run_left_running_by_a_dead_process_is_closed_by_the_next_purge()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        await fixture.InsertAsync(Assessment(municipality.Id, finalised: fixture.Clock.GetUtcNow().AddYears(-8)));
        // What a killed process leaves: a run marked running, one batch recorded, and no lock.
        var dead = await fixture.InsertAsync(new PurgeRun
        {
            Kind = PurgeKind.WageValue, Status = PurgeStatus.Running, PreparedAt = fixture.Clock.GetUtcNow(), StartedAt = fixture.Clock.GetUtcNow(),
            Settings = "{}", Counts = """{"wage_value_assessments": 4}""", Recipients = "{}", Batches = 1, LastBatchAt = fixture.Clock.GetUtcNow(),
        });
        var purge = fixture.Factory.Services.GetRequiredService<WageValuePurge>();

        var outcome = await purge.ExecuteAsync(null, automatic: false, CancellationToken.None);

        outcome.Rows["wage_value_assessments"].Should().Be(1);
        (await fixture.Database.ScalarAsync<int>($"SELECT status FROM purge_runs WHERE id = '{dead.Id}'")).Should().Be((int)PurgeStatus.Interrupted);
        (await fixture.Database.ScalarAsync<string>($"SELECT fields FROM audit_events WHERE subject_id = '{dead.Id}' AND outcome = 'failed'"))
            .Should().Be("wage_value_assessments=4", "the audit row states what the dead run's batches recorded");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM destruction_certificates")).Should().Be(0, "the wage-value purge issues no RMT certificate");
    }

    private static WageValueAssessment Assessment(Guid municipalityId, DateTimeOffset? finalised, DateTimeOffset? created = null)
    {
        var assessment = new WageValueAssessment
        {
            RegionId = 11, MunicipalityOrganisationId = municipalityId, CreatedAt = created ?? finalised ?? DateTimeOffset.UtcNow,
            Status = finalised is null ? AssessmentStatus.Draft : AssessmentStatus.Final, FinalisedAt = finalised,
            WorkerName = "Werknemer", WorkerDateOfBirth = new DateOnly(1985, 3, 3), EmployerName = "Werkgever", JobTitle = "Inpakker",
        };
        assessment.SeriesId = assessment.Id;
        assessment.Tasks.Add(new WageValueTask
        {
            Position = 1, Name = "Inpakken", Tempo = 80, TempoArgumentation = "t", Quality = 90, QualityArgumentation = "k",
            NetWorkingTime = 95, NetWorkingTimeArgumentation = "n", Share = 100, ShareArgumentation = "bt",
        });
        return assessment;
    }
}
