using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Issues 17 and 18 at national scale. "Mijn deelnemers" reads the caseworker's latest assignments; in the
/// order of the first index that is the first rows of one range instead of every assignment sorted. "Acties" reads
/// the caseworker's open actions by due date and id: the model's index orders by due date only, and a day with
/// thousands of actions was sorted whole for the first hundred. The figures' services per quarter read one region's
/// services of one year from the third index alone, and the outflow, outcomes and lead times the finished routes from
/// the last (issue 18). SQL only, like
/// PerRequestCost: the model keeps its own indexes, so this migration adds nothing EF Core would want to drop.
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261201220000_NationalScaleCasework")]
public sealed class NationalScaleCasework : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"""
            CREATE INDEX ix_case_assignments_user_since ON case_assignments (user_id, since DESC, participant_id);
            CREATE INDEX ix_plan_actions_responsible_due_id ON plan_actions (responsible_user_id, due_on, id) WHERE status IN ({(int)ActionStatus.ToDo}, {(int)ActionStatus.InProgress});
            CREATE INDEX ix_service_deliveries_region_start ON service_deliveries (region_id, start_date)
                INCLUDE (service_type, provider_organisation_id, cost);
            CREATE INDEX ix_participants_region_ended ON participants (region_id, route_phase_since)
                INCLUDE (route_phase, withdrawn_on, route_outcome, route_abort_reason, registered_at)
                WHERE route_phase IN ({(int)RoutePhase.Completed}, {(int)RoutePhase.Aborted}) OR withdrawn_on IS NOT NULL;

            -- Registrations since the route existed left the phase's start at year 1; an unchanged route began at
            -- registration. Run with every region visible, as the owner does not bypass its own forced policies.
            SELECT set_config('rmt.all_regions', 'on', true);
            UPDATE participants SET route_phase_since = registered_at WHERE route_phase_since < '1900-01-01';
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS ix_case_assignments_user_since;
            DROP INDEX IF EXISTS ix_plan_actions_responsible_due_id;
            DROP INDEX IF EXISTS ix_service_deliveries_region_start;
            DROP INDEX IF EXISTS ix_participants_region_ended;
            """);
}
