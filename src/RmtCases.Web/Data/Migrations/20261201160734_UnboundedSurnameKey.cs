using Microsoft.EntityFrameworkCore.Migrations;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// The surname's search key loses its own length limit. unaccent expands some characters (ß → ss, ﬃ → ffi), so a
/// surname within its 100 characters could give a key over 100 and the insert failed (22001, an error page).
/// The surname's own limit bounds the key (see ParticipantConfiguration).
/// </summary>
public partial class UnboundedSurnameKey : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterColumn<string>(
            name: "person_surname_key",
            table: "participants",
            type: "text",
            nullable: true,
            computedColumnSql: "lower(rmt_unaccent(person_surname))",
            stored: true,
            collation: "C",
            oldClrType: typeof(string),
            oldType: "character varying(100)",
            oldMaxLength: 100,
            oldNullable: true,
            oldComputedColumnSql: "lower(rmt_unaccent(person_surname))",
            oldStored: true,
            oldCollation: "C");
    }

    /// <remarks>Fails while a stored key is longer than 100 characters, as it should: it would not fit.</remarks>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
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
            oldType: "text",
            oldNullable: true,
            oldComputedColumnSql: "lower(rmt_unaccent(person_surname))",
            oldStored: true,
            oldCollation: "C");
    }
}
