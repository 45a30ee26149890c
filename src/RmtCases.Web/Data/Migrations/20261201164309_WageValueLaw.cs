using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RmtCases.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WageValueLaw : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.AddColumn<string>(
                name: "assessor_name",
                table: "wage_value_assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "assessor_qualification_summary",
                table: "wage_value_assessments",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "decided_at",
                table: "wage_value_assessments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "decided_by_user_id",
                table: "wage_value_assessments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "decided_on",
                table: "wage_value_assessments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "decided_percentage",
                table: "wage_value_assessments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "decision_effective_from",
                table: "wage_value_assessments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision_reference",
                table: "wage_value_assessments",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "employer_view_channel",
                table: "wage_value_assessments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "employer_view_on",
                table: "wage_value_assessments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "employer_view_outcome",
                table: "wage_value_assessments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "full_time_hours_per_week",
                table: "wage_value_assessments",
                type: "numeric(4,2)",
                precision: 4,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "hours_per_week",
                table: "wage_value_assessments",
                type: "numeric(4,2)",
                precision: 4,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "hours_per_working_day",
                table: "wage_value_assessments",
                type: "numeric(4,2)",
                precision: 4,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "next_assessment_on",
                table: "wage_value_assessments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "norm_function_name",
                table: "wage_value_assessments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "norm_function_source",
                table: "wage_value_assessments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "review_result",
                table: "wage_value_assessments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "worker_view_outcome",
                table: "wage_value_assessments",
                type: "integer",
                nullable: true);

            // The old yes/no "agrees" becomes the view's outcome, so no recorded answer is lost.
            migrationBuilder.Sql("""
                UPDATE wage_value_assessments
                SET worker_view_outcome = CASE WHEN worker_agrees THEN 1 ELSE 3 END
                WHERE worker_agrees IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "worker_agrees",
                table: "wage_value_assessments");

            migrationBuilder.CreateTable(
                name: "assessor_qualifications",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    diploma_kind = table.Column<int>(type: "integer", nullable: false),
                    diploma_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    diploma_on = table.Column<DateOnly>(type: "date", nullable: false),
                    experience_since = table.Column<DateOnly>(type: "date", nullable: false),
                    knowledge_updated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessor_qualifications", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_assessor_qualifications_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessor_qualifications");

            migrationBuilder.DropColumn(
                name: "assessor_name",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "assessor_qualification_summary",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "decided_at",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "decided_by_user_id",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "decided_on",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "decided_percentage",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "decision_effective_from",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "decision_reference",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "employer_view_channel",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "employer_view_on",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "employer_view_outcome",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "full_time_hours_per_week",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "hours_per_week",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "hours_per_working_day",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "next_assessment_on",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "norm_function_name",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "norm_function_source",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "review_result",
                table: "wage_value_assessments");

            migrationBuilder.DropColumn(
                name: "worker_view_outcome",
                table: "wage_value_assessments");

            migrationBuilder.AddColumn<bool>(
                name: "worker_agrees",
                table: "wage_value_assessments",
                type: "boolean",
                nullable: true);
        }
    }
}
