using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Issue 18: the services figure read a region's year of service rows (30,000 at 1M participants) and grouped them
/// on every request; it now reads their totals per region, month, type and provider (a few dozen rows), which the
/// service rows' own statement triggers keep: every insert, update and delete of service_deliveries moves its rows'
/// count and cost into or out of their month in the same statement, so the totals cannot differ from the rows. That
/// includes the purge (the cascade from participants) and the generator's COPY. A TRUNCATE (the owner's, never the
/// application's) names both tables, as the test reset and `bench`'s reset do. Row-level security is the
/// service rows' own: region, and Werkfitbehoud for whoever may not see banenafspraak. A month's row is locked while a
/// transaction changes one of its services, so concurrent changes to one region, month, type and provider wait for
/// each other. Not in the EF model (nothing in the application writes it), so SQL only, like HomePageIndexes.
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261202040000_ServiceMonthTotals")]
public sealed class ServiceMonthTotals : Migration
{
    private const int Werkfitbehoud = (int)ServiceType.Werkfitbehoud;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($$"""
            CREATE TABLE service_month_totals (
                region_id integer NOT NULL REFERENCES regions (id) ON DELETE RESTRICT,
                month date NOT NULL,
                service_type integer NOT NULL,
                provider_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
                deliveries bigint NOT NULL,
                amount numeric NOT NULL,
                CONSTRAINT pk_service_month_totals PRIMARY KEY (region_id, month, service_type, provider_organisation_id)
            );
            ALTER TABLE service_month_totals ENABLE ROW LEVEL SECURITY;
            ALTER TABLE service_month_totals FORCE ROW LEVEL SECURITY;
            CREATE POLICY region_isolation ON service_month_totals
                USING ((SELECT rmt_all_regions()) OR region_id = (SELECT rmt_current_region()))
                WITH CHECK ((SELECT rmt_all_regions()) OR region_id = (SELECT rmt_current_region()));
            CREATE POLICY banenafspraak_derived ON service_month_totals AS RESTRICTIVE
                USING ((SELECT rmt_all_regions()) OR (SELECT rmt_sees_banenafspraak()) OR service_type <> {{Werkfitbehoud}})
                WITH CHECK ((SELECT rmt_all_regions()) OR (SELECT rmt_sees_banenafspraak()) OR service_type <> {{Werkfitbehoud}});
            GRANT SELECT, INSERT, UPDATE, DELETE ON service_month_totals TO rmt_app;

            -- One statement trigger per kind of change, over its transition tables: a COPY or a purge batch of
            -- thousands of rows is one grouped upsert, not one per row. Sorted, so concurrent statements lock the
            -- months' rows in the same order.
            CREATE FUNCTION rmt_service_month_totals() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    added constant text := 'SELECT region_id, start_date, service_type, provider_organisation_id, 1 AS n, cost AS a FROM new_rows';
                    removed constant text := 'SELECT region_id, start_date, service_type, provider_organisation_id, -1 AS n, -cost AS a FROM old_rows';
                BEGIN
                    EXECUTE format($sql$
                        INSERT INTO service_month_totals AS t (region_id, month, service_type, provider_organisation_id, deliveries, amount)
                        SELECT region_id, date_trunc('month', start_date)::date, service_type, provider_organisation_id, sum(n), sum(a)
                        FROM (%s) d
                        GROUP BY 1, 2, 3, 4
                        ORDER BY 1, 2, 3, 4
                        ON CONFLICT (region_id, month, service_type, provider_organisation_id)
                            DO UPDATE SET deliveries = t.deliveries + excluded.deliveries, amount = t.amount + excluded.amount
                        $sql$, CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed ELSE added || ' UNION ALL ' || removed END);
                    RETURN NULL;
                END $$;
            CREATE TRIGGER service_deliveries_totals_insert AFTER INSERT ON service_deliveries
                REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rmt_service_month_totals();
            CREATE TRIGGER service_deliveries_totals_update AFTER UPDATE ON service_deliveries
                REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rmt_service_month_totals();
            CREATE TRIGGER service_deliveries_totals_delete AFTER DELETE ON service_deliveries
                REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rmt_service_month_totals();
            -- The rows there already; the owner is bound by the forced policies too.
            SELECT set_config('rmt.all_regions', 'on', true);
            INSERT INTO service_month_totals (region_id, month, service_type, provider_organisation_id, deliveries, amount)
            SELECT region_id, date_trunc('month', start_date)::date, service_type, provider_organisation_id, count(*), sum(cost)
            FROM service_deliveries GROUP BY 1, 2, 3, 4;
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS service_deliveries_totals_insert ON service_deliveries;
            DROP TRIGGER IF EXISTS service_deliveries_totals_update ON service_deliveries;
            DROP TRIGGER IF EXISTS service_deliveries_totals_delete ON service_deliveries;
            DROP FUNCTION IF EXISTS rmt_service_month_totals();
            DROP TABLE IF EXISTS service_month_totals;
            """);
}
