using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Issue 17: the casework tables (the casehouders, the plan, its actions, the phase history) get their own
/// region_id as the other child tables did in PerRequestCost: copied from the participant by the same trigger
/// whatever the client sends, moved along with the participant, and their region policy a comparison instead of a
/// lookup of the participant for every row. The home page's Werkvoorraad checked 442 participants' assignments at 1M
/// and looked each one's participant up again (2,859 buffers). The two indexes the home page reads assignments by
/// carry the region, so those reads stay index-only. SQL only: the column is the database's, not the model's. At 1M
/// participants the backfill rewrote 230,000 rows in about 7 s.
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261202040000_CaseworkRegion")]
public sealed class CaseworkRegion : Migration
{
    private static readonly string[] _tables = ["case_assignments", "route_plans", "plan_actions", "route_phase_changes"];

    private const string RegionPolicy = "(SELECT rmt_all_regions()) OR region_id = (SELECT rmt_current_region())";

    private const string ParentPolicy = "(SELECT rmt_all_regions()) OR EXISTS (SELECT 1 FROM participants p WHERE p.id = participant_id)";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // The migration's own transaction reaches every region's rows (the owner is bound by FORCE too).
        migrationBuilder.Sql("SELECT set_config('rmt.all_regions', 'on', true);");
        foreach (var table in _tables)
        {
            migrationBuilder.Sql($"""
                ALTER TABLE {table} ADD COLUMN region_id integer;
                UPDATE {table} c SET region_id = p.region_id FROM participants p WHERE p.id = c.participant_id;
                ALTER TABLE {table} ALTER COLUMN region_id SET NOT NULL;
                CREATE TRIGGER {table}_region BEFORE INSERT OR UPDATE OF participant_id, region_id ON {table}
                    FOR EACH ROW EXECUTE FUNCTION rmt_participant_child_region();
                ALTER POLICY region_isolation ON {table} USING ({RegionPolicy}) WITH CHECK ({RegionPolicy});
                """);
        }

        migrationBuilder.Sql($"""
            {MovedFunction(["education_entries", "work_history_entries", "mediation_activities", "service_deliveries", "case_involvements", .. _tables])}

            -- Mijn deelnemers reads the caseworker's assignments newest first; Werkvoorraad asks, per open route of the
            -- region, whether the caseworker's organisation holds it.
            DROP INDEX IF EXISTS ix_case_assignments_user_since;
            CREATE INDEX ix_case_assignments_user_since ON case_assignments (user_id, since DESC, participant_id) INCLUDE (region_id);
            CREATE INDEX ix_case_assignments_organisation_participant ON case_assignments (organisation_id, participant_id) INCLUDE (region_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            DROP INDEX IF EXISTS ix_case_assignments_organisation_participant;
            DROP INDEX IF EXISTS ix_case_assignments_user_since;
            CREATE INDEX ix_case_assignments_user_since ON case_assignments (user_id, since DESC, participant_id);
            {MovedFunction(["education_entries", "work_history_entries", "mediation_activities", "service_deliveries", "case_involvements"])}
            """);
        foreach (var table in _tables)
        {
            migrationBuilder.Sql($"""
                ALTER POLICY region_isolation ON {table} USING ({ParentPolicy}) WITH CHECK ({ParentPolicy});
                DROP TRIGGER IF EXISTS {table}_region ON {table};
                ALTER TABLE {table} DROP COLUMN region_id;
                """);
        }
    }

    /// <summary>A participant moved to another region takes these tables' rows along (only an all-regions session can move one).</summary>
    private static string MovedFunction(IEnumerable<string> tables)
    {
        var updates = string.Join("\n", tables.Select(t => $"            UPDATE {t} SET region_id = NEW.region_id WHERE participant_id = NEW.id;"));
        return $"""
            CREATE OR REPLACE FUNCTION rmt_participant_moved() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
            {updates}
                    RETURN NULL;
                END $$;
            """;
    }
}
