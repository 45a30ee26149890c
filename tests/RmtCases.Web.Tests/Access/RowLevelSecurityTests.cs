using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data.Configurations;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Access;

/// <summary>
/// The database itself keeps regions apart: whatever a query forgets, the application's role sees only
/// the rows of the region set on its connection, and none without one.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RowLevelSecurityTests(WebFixture fixture) : IAsyncLifetime
{
    private static readonly string[] _participantTables =
    [
        "participants", "banenafspraak_indications", "export_records", "wage_value_assessments", "wage_value_tasks",
        "education_entries", "work_history_entries", "mediation_activities", "service_deliveries", "case_involvements",
        "route_phase_changes", "case_assignments", "route_plans", "plan_actions",
    ];

    // The tables whose region_id is the participant's, set by a trigger (migrations PerRequestCost, CaseworkRegion).
    private static readonly string[] _childTablesWithRegion =
    [
        "education_entries", "work_history_entries", "mediation_activities", "service_deliveries", "case_involvements",
        "route_phase_changes", "case_assignments", "route_plans", "plan_actions",
    ];

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>One participant with every category, a route with a casehouder and a plan, an export and a wage-value assessment, in the region.</summary>
    private async Task ArrangeRegionAsync(int regionId)
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, regionId);
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, regionId);
        var full = Sample.Full(regionId, municipality.Id, provider.Id);
        full.ChangePhase(RoutePhase.Intake, null, null, DateTimeOffset.UtcNow, municipality.Id, Guid.NewGuid()).IsValid.Should().BeTrue();
        var participant = await fixture.InsertAsync(full);
        var caseworker = await fixture.CreateUserAsync(municipality);
        await fixture.InsertAsync(new CaseAssignment { ParticipantId = participant.Id, OrganisationId = municipality.Id, UserId = caseworker.Id, Since = DateTimeOffset.UtcNow });
        var plan = new RoutePlan { ParticipantId = participant.Id, CreatedAt = DateTimeOffset.UtcNow, ChangedAt = DateTimeOffset.UtcNow };
        plan.Actions.Add(new PlanAction
        {
            ParticipantId = participant.Id, CatalogueItemId = ActionCatalogueSeed.Intake, OwnerOrganisationId = municipality.Id, ResponsibleUserId = caseworker.Id,
            DueOn = new DateOnly(2030, 3, 1), CreatedAt = DateTimeOffset.UtcNow, StatusChangedAt = DateTimeOffset.UtcNow,
        });
        await fixture.InsertAsync(plan);
        await fixture.InsertAsync(new BanenafspraakIndication
        {
            ParticipantId = participant.Id, RegionId = regionId, InTargetGroup = true, RegisteredOn = new DateOnly(2021, 9, 1), RecordedByOrganisationId = municipality.Id,
        });
        await fixture.InsertAsync(new ExportRecord
        {
            Reference = "RMT-" + Guid.NewGuid().ToString("N"), Kind = ExportKind.Exchange, SenderUserId = Guid.NewGuid(), SenderOrganisationId = municipality.Id,
            RecipientOrganisationId = provider.Id, ParticipantId = participant.Id, RegionId = regionId, Purpose = "Werkfitbehoud",
            Categories = "ab", CreatedAt = DateTimeOffset.UtcNow, Sha256 = new string('0', 64), SizeBytes = 1,
        });
        var assessment = new WageValueAssessment
        {
            SeriesId = Guid.NewGuid(), RegionId = regionId, MunicipalityOrganisationId = municipality.Id, CreatedByUserId = Guid.NewGuid(),
            CreatedAt = DateTimeOffset.UtcNow, ParticipantId = participant.Id, WorkerName = "Ayşe Öztürk", WorkerDateOfBirth = new DateOnly(1980, 5, 17),
            EmployerName = "KLM", JobTitle = "Medewerker klantenservice",
        };
        assessment.Tasks.Add(new WageValueTask
        {
            Name = "Telefoon", Tempo = 0.8m, TempoArgumentation = "-", Quality = 1m, QualityArgumentation = "-",
            NetWorkingTime = 1m, NetWorkingTimeArgumentation = "-", Share = 1m, ShareArgumentation = "-",
        });
        await fixture.InsertAsync(assessment);
    }

    [Fact]
    public async Task A_pooled_connection_keeps_its_prepared_statements_but_forgets_the_region()
    {
        // One physical connection, so the second open is the same server session as the first.
        var connectionString = RmtCases.Web.Data.DataRegistration.WithRuntimeDefaults(fixture.Database.AppConnectionString) + ";Maximum Pool Size=1";
        int firstSession;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var scope = new NpgsqlCommand("SELECT set_config('rmt.region_id', '11', false), set_config('rmt.all_regions', 'on', false)", connection);
            await scope.ExecuteNonQueryAsync();
            for (var i = 0; i < 3; i++)
            {
                await using var query = new NpgsqlCommand("SELECT count(*) FROM participants WHERE region_id = $1", connection) { Parameters = { new() { Value = 11 } } };
                await query.ExecuteScalarAsync();
            }

            await using var pid = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
            firstSession = (int)(await pid.ExecuteScalarAsync())!;
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var state = new NpgsqlCommand(
                "SELECT pg_backend_pid(), coalesce(current_setting('rmt.region_id', true), ''), coalesce(current_setting('rmt.all_regions', true), ''), (SELECT count(*) FROM pg_prepared_statements)",
                connection);
            await using var reader = await state.ExecuteReaderAsync();
            await reader.ReadAsync();
            reader.GetInt32(0).Should().Be(firstSession);
            reader.GetString(1).Should().BeEmpty("the next user of the connection must not inherit the region");
            reader.GetString(2).Should().BeEmpty();
            reader.GetInt64(3).Should().BeGreaterThan(0, "prepared statements are what the pool is kept for");
        }
    }

    [Fact]
    public Task The_scope_cannot_change_region_while_its_connection_is_open() => fixture.InScopeAsync(async (services, db) =>
    {
        var scope = services.GetRequiredService<RmtCases.Web.Data.DataScope>();
        await db.Database.OpenConnectionAsync();
        scope.Invoking(s => s.ForRegion(12)).Should().Throw<InvalidOperationException>();
        scope.Invoking(s => s.ForAllRegions()).Should().NotThrow("the same scope again changes nothing");

        await db.Database.CloseConnectionAsync();
        scope.ForRegion(12);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT current_setting('rmt.region_id', true)";
        (await command.ExecuteScalarAsync()).Should().Be("12");
    });

    [Theory]
    [InlineData("Host=h;Database=d", 64)]
    [InlineData("Host=h;Database=d;Max Auto Prepare=0", 0)]
    [InlineData("Host=h;Database=d;MaxAutoPrepare=10", 10)]
    public void Prepared_statements_are_on_unless_the_connection_string_says_otherwise(string given, int expected) =>
        new NpgsqlConnectionStringBuilder(RmtCases.Web.Data.DataRegistration.WithRuntimeDefaults(given)).MaxAutoPrepare.Should().Be(expected);

    private async Task<long> CountAsync(string table, string? regionId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();
        if (regionId is not null)
        {
            // As gemeente and UWV sessions do: the sample's werkfitbehoud row is hidden from others (WerkfitbehoudTests).
            await using var set = new NpgsqlCommand($"SET rmt.region_id = '{regionId}'; SET rmt.sees_banenafspraak = 'on'", connection);
            await set.ExecuteNonQueryAsync();
        }

        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Without_a_region_the_application_role_sees_no_participant_rows()
    {
        await ArrangeRegionAsync(11);

        foreach (var table in _participantTables)
        {
            (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM {table}")).Should().BeGreaterThan(0, $"{table} has rows");
            (await CountAsync(table, regionId: null)).Should().Be(0, table);
        }
    }

    [Fact]
    public async Task With_a_region_set_the_application_role_sees_only_that_regions_rows()
    {
        await ArrangeRegionAsync(11);
        await ArrangeRegionAsync(35);
        await ArrangeRegionAsync(35);

        foreach (var table in _participantTables)
        {
            var all = await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM {table}");
            var inGrootAmsterdam = await CountAsync(table, "11");
            inGrootAmsterdam.Should().BeGreaterThan(0, table);
            (await CountAsync(table, "35")).Should().Be(2 * inGrootAmsterdam, table);
            all.Should().Be(3 * inGrootAmsterdam, table);
        }
    }

    [Fact]
    public async Task The_application_role_cannot_write_a_row_into_another_region()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 35);
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SET rmt.region_id = '11';
            INSERT INTO banenafspraak_indications (participant_id, region_id, in_target_group, recorded_by_organisation_id)
            VALUES ('{Guid.NewGuid()}', 35, true, '{municipality.Id}');
            """, connection);

        var insert = () => command.ExecuteNonQueryAsync();

        (await insert.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task A_child_row_takes_its_region_from_its_participant_whatever_the_client_sends_and_moves_with_it()
    {
        await ArrangeRegionAsync(11);
        var participant = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM participants");
        var union = await fixture.CreateOrganisationAsync(OrganisationType.Union, 11);
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SET rmt.region_id = '11';
            INSERT INTO case_involvements (participant_id, organisation_id, since, region_id) VALUES ('{participant}', '{union.Id}', CURRENT_DATE, 35);
            """, connection);
        await command.ExecuteNonQueryAsync();

        (await fixture.Database.ScalarAsync<int>($"SELECT region_id FROM case_involvements WHERE organisation_id = '{union.Id}'")).Should().Be(11);
        (await CountAsync("case_involvements", "11")).Should().Be(2);

        await fixture.Database.ExecuteAsync($"UPDATE participants SET region_id = 35 WHERE id = '{participant}'");
        foreach (var table in _childTablesWithRegion)
        {
            (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE participant_id = '{participant}' AND region_id <> 35")).Should().Be(0, table);
            (await CountAsync(table, "11")).Should().Be(0, table);
            (await CountAsync(table, "35")).Should().BeGreaterThan(0, table);
        }
    }

    [Fact]
    public async Task The_application_role_cannot_add_a_child_row_to_a_participant_of_another_region()
    {
        await ArrangeRegionAsync(35);
        var participant = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM participants");
        var union = await fixture.CreateOrganisationAsync(OrganisationType.Union, 11);
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SET rmt.region_id = '11';
            INSERT INTO case_involvements (participant_id, organisation_id, since, region_id) VALUES ('{participant}', '{union.Id}', CURRENT_DATE, 11);
            """, connection);

        var insert = () => command.ExecuteNonQueryAsync();

        (await insert.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task The_application_role_is_no_superuser_cannot_bypass_row_level_security_and_owns_no_table()
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();

        async Task<T> Scalar<T>(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return (T)(await command.ExecuteScalarAsync())!;
        }

        // Through any role it is a member of, too.
        (await Scalar<bool>("SELECT bool_or(rolsuper) FROM pg_roles WHERE pg_has_role(current_user, oid, 'MEMBER')")).Should().BeFalse();
        (await Scalar<bool>("SELECT bool_or(rolbypassrls) FROM pg_roles WHERE pg_has_role(current_user, oid, 'MEMBER')")).Should().BeFalse();
        (await Scalar<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND pg_has_role(current_user, tableowner, 'MEMBER')")).Should().Be(0);
        (await Scalar<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).Should().BeGreaterThan(10, "the tables are visible, only not owned");
        var protectedTables = await Scalar<long>($"""
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relrowsecurity AND c.relforcerowsecurity
              AND c.relname IN ({string.Join(", ", _participantTables.Select(t => $"'{t}'"))})
            """);
        protectedTables.Should().Be(_participantTables.Length, "every table with a participant's data has forced row-level security");
    }
}
