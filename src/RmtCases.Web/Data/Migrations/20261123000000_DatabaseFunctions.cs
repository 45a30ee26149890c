using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Functions the schema depends on, created before the tables: an immutable unaccent for the search
/// columns, the row-level-security keys, and the application's group role.
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261123000000_DatabaseFunctions")]
public sealed class DatabaseFunctions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE EXTENSION IF NOT EXISTS unaccent;

            -- unaccent() is only STABLE (its dictionary can change); pinning the dictionary makes it
            -- safe for a stored generated column and an index.
            CREATE OR REPLACE FUNCTION rmt_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$;

            CREATE OR REPLACE FUNCTION rmt_current_region() RETURNS integer
                LANGUAGE sql STABLE PARALLEL SAFE
                AS $$ SELECT nullif(current_setting('rmt.region_id', true), '')::integer $$;

            CREATE OR REPLACE FUNCTION rmt_all_regions() RETURNS boolean
                LANGUAGE sql STABLE PARALLEL SAFE
                AS $$ SELECT coalesce(current_setting('rmt.all_regions', true), '') = 'on' $$;

            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rmt_app') THEN
                    CREATE ROLE rmt_app NOLOGIN;
                END IF;
            END $$;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP FUNCTION IF EXISTS rmt_all_regions();
            DROP FUNCTION IF EXISTS rmt_current_region();
            DROP FUNCTION IF EXISTS rmt_unaccent(text);
            """);
    }
}
