using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RmtCases.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HomeRecentFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_events_user_id",
                table: "audit_events");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_user_id_chain_sequence",
                table: "audit_events",
                columns: new[] { "user_id", "chain_sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_events_user_id_chain_sequence",
                table: "audit_events");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_user_id",
                table: "audit_events",
                column: "user_id");
        }
    }
}
