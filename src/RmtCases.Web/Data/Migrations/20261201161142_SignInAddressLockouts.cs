using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RmtCases.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SignInAddressLockouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sign_in_address_lockouts",
                columns: table => new
                {
                    address_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    failed_count = table.Column<int>(type: "integer", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_failure_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_address_lockouts", x => x.address_hash);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sign_in_address_lockouts");
        }
    }
}
