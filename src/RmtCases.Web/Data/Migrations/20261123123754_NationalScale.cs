using Microsoft.EntityFrameworkCore.Migrations;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// What the national-scale benchmark showed (README, "Performance"). The region policies read the session's
/// region through scalar subqueries, so PostgreSQL evaluates them once per statement (an InitPlan) instead of
/// calling current_setting twice for every row it looks at (a count over one region's 28,678 participants:
/// 85 ms before, 2–7 ms after, by hand on the benchmark's data set). The surname key gets collation C, so a
/// prefix becomes an index range, and the list gets indexes in its sort orders, so a page of 25 is read in
/// order and stops instead of sorting the whole region.
/// </summary>
public partial class NationalScale : Migration
{
    private static readonly string[] _regionTables =
        ["participants", "banenafspraak_indications", "export_records", "wage_value_assessments"];

    private static readonly (string Table, string Parent, string Key)[] _childTables =
    [
        ("education_entries", "participants", "participant_id"),
        ("work_history_entries", "participants", "participant_id"),
        ("mediation_activities", "participants", "participant_id"),
        ("service_deliveries", "participants", "participant_id"),
        ("case_involvements", "participants", "participant_id"),
        ("wage_value_tasks", "wage_value_assessments", "assessment_id"),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_participants_person_surname_key",
            table: "participants");

        migrationBuilder.AlterColumn<string>(
            name: "person_surname_key",
            table: "participants",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true,
            computedColumnSql: "lower(rmt_unaccent(person_surname))",
            stored: true,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(100)",
            oldMaxLength: 100,
            oldNullable: true,
            oldComputedColumnSql: "lower(rmt_unaccent(person_surname))",
            oldStored: true);

        // The case file finds each export's own audit row by subject; without this, every view scanned the trail.
        migrationBuilder.CreateIndex(
            name: "ix_audit_events_subject_id",
            table: "audit_events",
            column: "subject_id");

        foreach (var table in _regionTables)
        {
            migrationBuilder.Sql($"""
                ALTER POLICY region_isolation ON {table}
                    USING ((SELECT rmt_all_regions()) OR region_id = (SELECT rmt_current_region()))
                    WITH CHECK ((SELECT rmt_all_regions()) OR region_id = (SELECT rmt_current_region()));
                """);
        }

        foreach (var (table, parent, key) in _childTables)
        {
            migrationBuilder.Sql($"""
                ALTER POLICY region_isolation ON {table}
                    USING ((SELECT rmt_all_regions()) OR EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {key}))
                    WITH CHECK ((SELECT rmt_all_regions()) OR EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {key}));
                """);
        }

        // Owner and owned columns together, which EF Core's model cannot express; the page queries name
        // region_id first because every actor sees one region.
        migrationBuilder.Sql("""
            CREATE INDEX ix_participants_region_surname ON participants (region_id, person_surname_key, person_given_names, id);
            CREATE INDEX ix_participants_region_date_of_birth ON participants (region_id, person_date_of_birth, id);
            CREATE INDEX ix_participants_region_registered ON participants (region_id, registered_at DESC, id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_audit_events_subject_id",
            table: "audit_events");

        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS ix_participants_region_registered;
            DROP INDEX IF EXISTS ix_participants_region_date_of_birth;
            DROP INDEX IF EXISTS ix_participants_region_surname;
            """);
        foreach (var table in _regionTables)
        {
            migrationBuilder.Sql($"""
                ALTER POLICY region_isolation ON {table}
                    USING (rmt_all_regions() OR region_id = rmt_current_region())
                    WITH CHECK (rmt_all_regions() OR region_id = rmt_current_region());
                """);
        }

        foreach (var (table, parent, key) in _childTables)
        {
            migrationBuilder.Sql($"""
                ALTER POLICY region_isolation ON {table}
                    USING (rmt_all_regions() OR EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {key}))
                    WITH CHECK (rmt_all_regions() OR EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {key}));
                """);
        }

        migrationBuilder.AlterColumn<string>(
            name: "person_surname_key",
            table: "participants",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true,
            computedColumnSql: "lower(rmt_unaccent(person_surname))",
            stored: true,
            oldClrType: typeof(string),
            oldType: "character varying(100)",
            oldMaxLength: 100,
            oldNullable: true,
            oldComputedColumnSql: "lower(rmt_unaccent(person_surname))",
            oldStored: true,
            oldCollation: "C");

        migrationBuilder.CreateIndex(
            name: "ix_participants_person_surname_key",
            table: "participants",
            column: "person_surname_key")
            .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
    }
}
