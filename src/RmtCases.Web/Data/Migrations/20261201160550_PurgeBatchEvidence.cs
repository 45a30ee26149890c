using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RmtCases.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PurgeBatchEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "batches",
                table: "purge_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_batch_at",
                table: "purge_runs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recipients",
                table: "purge_runs",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "batches",
                table: "purge_runs");

            migrationBuilder.DropColumn(
                name: "last_batch_at",
                table: "purge_runs");

            migrationBuilder.DropColumn(
                name: "recipients",
                table: "purge_runs");
        }
    }
}
