using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RmtCases.Web.Data.Migrations
{
    /// <summary>
    /// Management information (issue 18): the budget per region and year that administrators enter, and the anonymous
    /// monthly route counts the purge keeps of the people it erases. Neither holds a participant's id; like
    /// financial_settlements they have no region policy, and the figures filter them by region themselves.
    /// </summary>
    public partial class ManagementFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "region_budgets",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    personnel = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    intervention = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by_user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_region_budgets", x => new { x.region_id, x.year });
                    table.CheckConstraint("ck_region_budgets_amounts", "personnel >= 0 AND intervention >= 0");
                    table.CheckConstraint("ck_region_budgets_year", "year BETWEEN 2021 AND 2100");
                    table.ForeignKey(
                        name: "fk_region_budgets_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "route_month_aggregates",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    figure = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<int>(type: "integer", nullable: false),
                    count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_route_month_aggregates", x => new { x.region_id, x.month, x.figure, x.code });
                    table.ForeignKey(
                        name: "fk_route_month_aggregates_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "region_budgets");

            migrationBuilder.DropTable(
                name: "route_month_aggregates");
        }
    }
}
