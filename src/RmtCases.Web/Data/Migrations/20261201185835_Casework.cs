using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace RmtCases.Web.Data.Migrations
{
    /// <summary>
    /// Casework on the route (issue 17): casehouders per organisation, the plan and its actions, and the
    /// administrators' action catalogue with templates per service type. The participant's tables get the region
    /// policy of the other child tables (SecurityAndAudit, NationalScale); the home page's signals get partial
    /// indexes so their capped counts stay index reads at national scale.
    /// </summary>
    public partial class Casework : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "action_catalogue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_catalogue", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_assignments",
                columns: table => new
                {
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_assignments", x => new { x.participant_id, x.organisation_id });
                    table.ForeignKey(
                        name: "fk_case_assignments_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_assignments_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_assignments_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "route_plans",
                columns: table => new
                {
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    goal = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_route_plans", x => x.participant_id);
                    table.ForeignKey(
                        name: "fk_route_plans_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_template_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_type = table.Column<int>(type: "integer", nullable: false),
                    catalogue_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_after_days = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_template_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_template_steps_action_catalogue_catalogue_item_id",
                        column: x => x.catalogue_item_id,
                        principalTable: "action_catalogue",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_actions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    catalogue_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    responsible_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_actions_action_catalogue_catalogue_item_id",
                        column: x => x.catalogue_item_id,
                        principalTable: "action_catalogue",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_actions_organisations_owner_organisation_id",
                        column: x => x.owner_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_actions_route_plans_participant_id",
                        column: x => x.participant_id,
                        principalTable: "route_plans",
                        principalColumn: "participant_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_actions_users_responsible_user_id",
                        column: x => x.responsible_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.InsertData(
                table: "action_catalogue",
                columns: new[] { "id", "is_active", "name", "position" },
                values: new object[,]
                {
                    { new Guid("01980000-0000-7000-8000-000000000001"), true, "Intakegesprek", 1 },
                    { new Guid("01980000-0000-7000-8000-000000000002"), true, "Loopbaanadvies", 2 },
                    { new Guid("01980000-0000-7000-8000-000000000003"), true, "Sollicitatietraining", 4 },
                    { new Guid("01980000-0000-7000-8000-000000000004"), true, "Vacature voorstellen", 5 },
                    { new Guid("01980000-0000-7000-8000-000000000005"), true, "Scholing aanvragen", 7 },
                    { new Guid("01980000-0000-7000-8000-000000000006"), true, "Praktijkleren in het mbo, met diploma", 8 },
                    { new Guid("01980000-0000-7000-8000-000000000007"), true, "Praktijkleren in het mbo, met certificaat", 9 },
                    { new Guid("01980000-0000-7000-8000-000000000008"), true, "Praktijkleren in het mbo, met praktijkverklaring", 10 },
                    { new Guid("01980000-0000-7000-8000-000000000009"), true, "Ontwikkeladvies", 3 },
                    { new Guid("01980000-0000-7000-8000-00000000000a"), true, "Kennismaking met een werkgever", 6 },
                    { new Guid("01980000-0000-7000-8000-00000000000b"), true, "Evaluatiegesprek", 11 }
                });

            migrationBuilder.InsertData(
                table: "plan_template_steps",
                columns: new[] { "id", "catalogue_item_id", "due_after_days", "position", "service_type" },
                values: new object[,]
                {
                    { new Guid("01980000-0000-7000-8001-000000000001"), new Guid("01980000-0000-7000-8000-000000000001"), 7, 1, 2 },
                    { new Guid("01980000-0000-7000-8001-000000000002"), new Guid("01980000-0000-7000-8000-000000000002"), 14, 2, 2 },
                    { new Guid("01980000-0000-7000-8001-000000000003"), new Guid("01980000-0000-7000-8000-000000000003"), 28, 3, 2 },
                    { new Guid("01980000-0000-7000-8001-000000000004"), new Guid("01980000-0000-7000-8000-000000000004"), 42, 4, 2 },
                    { new Guid("01980000-0000-7000-8001-000000000005"), new Guid("01980000-0000-7000-8000-000000000001"), 7, 5, 3 },
                    { new Guid("01980000-0000-7000-8001-000000000006"), new Guid("01980000-0000-7000-8000-000000000005"), 14, 6, 3 },
                    { new Guid("01980000-0000-7000-8001-000000000007"), new Guid("01980000-0000-7000-8000-000000000008"), 120, 7, 3 },
                    { new Guid("01980000-0000-7000-8001-000000000008"), new Guid("01980000-0000-7000-8000-000000000001"), 7, 8, 1 },
                    { new Guid("01980000-0000-7000-8001-000000000009"), new Guid("01980000-0000-7000-8000-000000000009"), 21, 9, 1 },
                    { new Guid("01980000-0000-7000-8001-00000000000a"), new Guid("01980000-0000-7000-8000-00000000000b"), 90, 10, 1 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_action_catalogue_name",
                table: "action_catalogue",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_assignments_organisation_id",
                table: "case_assignments",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_assignments_user_id",
                table: "case_assignments",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_catalogue_item_id",
                table: "plan_actions",
                column: "catalogue_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_owner_organisation_id",
                table: "plan_actions",
                column: "owner_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_participant_id_due_on",
                table: "plan_actions",
                columns: new[] { "participant_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_responsible_user_id_due_on",
                table: "plan_actions",
                columns: new[] { "responsible_user_id", "due_on" },
                filter: "status IN (1, 2)");

            migrationBuilder.CreateIndex(
                name: "ix_plan_template_steps_catalogue_item_id",
                table: "plan_template_steps",
                column: "catalogue_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_template_steps_service_type_position",
                table: "plan_template_steps",
                columns: new[] { "service_type", "position" });

            foreach (var table in new[] { "case_assignments", "route_plans", "plan_actions" })
            {
                migrationBuilder.Sql($"""
                    ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
                    ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
                    CREATE POLICY region_isolation ON {table}
                        USING ((SELECT rmt_all_regions()) OR EXISTS (SELECT 1 FROM participants p WHERE p.id = participant_id))
                        WITH CHECK ((SELECT rmt_all_regions()) OR EXISTS (SELECT 1 FROM participants p WHERE p.id = participant_id));
                    """);
            }

            // Signals: an expected end of employment passed while the route is at Aangemeld or Intake; a route in
            // Uitvoering (its services' end dates are then looked up by participant). Werkvoorraad: a region's open
            // routes, oldest first.
            migrationBuilder.Sql("""
                CREATE INDEX ix_participants_region_expected_end_early ON participants (region_id, current_situation_expected_end_of_employment)
                    WHERE route_phase IN (1, 2) AND status = 1 AND current_situation_expected_end_of_employment IS NOT NULL;
                CREATE INDEX ix_participants_region_in_execution ON participants (region_id, id) WHERE route_phase = 4 AND status = 1;
                CREATE INDEX ix_participants_region_open_registered ON participants (region_id, registered_at, id) WHERE route_phase < 5 AND status = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_participants_region_expected_end_early;
                DROP INDEX IF EXISTS ix_participants_region_in_execution;
                DROP INDEX IF EXISTS ix_participants_region_open_registered;
                """);

            migrationBuilder.DropTable(
                name: "case_assignments");

            migrationBuilder.DropTable(
                name: "plan_actions");

            migrationBuilder.DropTable(
                name: "plan_template_steps");

            migrationBuilder.DropTable(
                name: "route_plans");

            migrationBuilder.DropTable(
                name: "action_catalogue");
        }
    }
}
