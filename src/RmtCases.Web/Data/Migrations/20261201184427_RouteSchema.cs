using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RmtCases.Web.Data.Migrations
{
    /// <summary>
    /// The route: each participant's current phase and the steps that led there. Participants registered before
    /// this migration are at Aangemeld since their registration, with no steps yet. The steps table gets the same
    /// region policy as the other child tables of participants (SecurityAndAudit, NationalScale).
    /// </summary>
    public partial class RouteSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "route_abort_reason",
                table: "participants",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "route_outcome",
                table: "participants",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "route_phase",
                table: "participants",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "route_phase_since",
                table: "participants",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // The policies would hide every row from a migration that set no region; this one speaks for all regions.
            migrationBuilder.Sql("""
                SELECT set_config('rmt.all_regions', 'on', true);
                UPDATE participants SET route_phase_since = registered_at;
                SELECT set_config('rmt.all_regions', '', true);
                """);

            migrationBuilder.CreateTable(
                name: "route_phase_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_phase = table.Column<int>(type: "integer", nullable: false),
                    to_phase = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<int>(type: "integer", nullable: true),
                    abort_reason = table.Column<int>(type: "integer", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    by_user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_route_phase_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_route_phase_changes_organisations_by_organisation_id",
                        column: x => x.by_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_route_phase_changes_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_participants_region_id_route_phase",
                table: "participants",
                columns: new[] { "region_id", "route_phase" });

            migrationBuilder.CreateIndex(
                name: "ix_route_phase_changes_by_organisation_id",
                table: "route_phase_changes",
                column: "by_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_route_phase_changes_participant_id_changed_at",
                table: "route_phase_changes",
                columns: new[] { "participant_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_route_phase_changes_to_phase_changed_at",
                table: "route_phase_changes",
                columns: new[] { "to_phase", "changed_at" });

            // A step is visible exactly when its participant is: the subquery is itself filtered by RLS.
            migrationBuilder.Sql("""
                ALTER TABLE route_phase_changes ENABLE ROW LEVEL SECURITY;
                ALTER TABLE route_phase_changes FORCE ROW LEVEL SECURITY;
                CREATE POLICY region_isolation ON route_phase_changes
                    USING ((SELECT rmt_all_regions()) OR EXISTS (SELECT 1 FROM participants p WHERE p.id = participant_id))
                    WITH CHECK ((SELECT rmt_all_regions()) OR EXISTS (SELECT 1 FROM participants p WHERE p.id = participant_id));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "route_phase_changes");

            migrationBuilder.DropIndex(
                name: "ix_participants_region_id_route_phase",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "route_abort_reason",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "route_outcome",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "route_phase",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "route_phase_since",
                table: "participants");
        }
    }
}
