using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// pg_restore runs with an empty search_path, and the stored surname key calls rmt_unaccent while the tables are
/// restored: unqualified, its dictionary and function are not found and scripts/restore fails. Qualified with
/// the schema the DatabaseFunctions migration created the extension in, the same function restores.
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261201170000_RestorableFunctions")]
public sealed class RestorableFunctions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION rmt_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION rmt_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$;
            """);
}
