using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Defence in depth: row-level security per region on every table with a participant's data, the
/// application's role limited to what it needs, and an audit trail it can only append to, hash-chained.
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261123100000_SecurityAndAudit")]
public sealed class SecurityAndAudit : Migration
{
    private static readonly string[] _regionTables =
        ["participants", "banenafspraak_indications", "export_records", "wage_value_assessments"];

    private static readonly string[] _participantChildTables =
        ["education_entries", "work_history_entries", "mediation_activities", "service_deliveries", "case_involvements"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in _regionTables)
        {
            // FORCE: the owner is bound too, so a connection string that uses the owner still cannot cross regions.
            migrationBuilder.Sql($"""
                ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
                ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
                CREATE POLICY region_isolation ON {table}
                    USING (rmt_all_regions() OR region_id = rmt_current_region())
                    WITH CHECK (rmt_all_regions() OR region_id = rmt_current_region());
                """);
        }

        foreach (var table in _participantChildTables)
        {
            // A child row is visible exactly when its participant is: the subquery is itself filtered by RLS.
            migrationBuilder.Sql($"""
                ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
                ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
                CREATE POLICY region_isolation ON {table}
                    USING (rmt_all_regions() OR EXISTS (SELECT 1 FROM participants p WHERE p.id = participant_id))
                    WITH CHECK (rmt_all_regions() OR EXISTS (SELECT 1 FROM participants p WHERE p.id = participant_id));
                """);
        }

        migrationBuilder.Sql("""
            ALTER TABLE wage_value_tasks ENABLE ROW LEVEL SECURITY;
            ALTER TABLE wage_value_tasks FORCE ROW LEVEL SECURITY;
            CREATE POLICY region_isolation ON wage_value_tasks
                USING (rmt_all_regions() OR EXISTS (SELECT 1 FROM wage_value_assessments a WHERE a.id = assessment_id))
                WITH CHECK (rmt_all_regions() OR EXISTS (SELECT 1 FROM wage_value_assessments a WHERE a.id = assessment_id));
            """);

        migrationBuilder.Sql("""
            -- The canonical text of an audit row: every column but the hash itself, in a fixed order.
            CREATE OR REPLACE FUNCTION rmt_audit_canonical(e audit_events) RETURNS text
                LANGUAGE sql IMMUTABLE
                AS $$ SELECT concat_ws('|',
                    e.chain_sequence, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                    coalesce(e.user_id::text, ''), coalesce(e.organisation_id::text, ''),
                    coalesce(e.organisation_type, ''), coalesce(e.role, ''), e.action,
                    coalesce(e.participant_id::text, ''), coalesce(e.subject_id::text, ''),
                    coalesce(e.categories, ''), coalesce(e.fields, ''), coalesce(e.purpose, ''),
                    coalesce(e.correlation_id, ''), coalesce(e.client_ip, ''), e.outcome,
                    coalesce(e.previous_hash, '')) $$;

            CREATE OR REPLACE FUNCTION rmt_audit_chain() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                DECLARE
                    last_sequence bigint;
                    last_hash text;
                BEGIN
                    -- One writer at a time extends the chain; held until the inserting transaction ends.
                    PERFORM pg_advisory_xact_lock(7513);
                    SELECT chain_sequence, hash INTO last_sequence, last_hash
                        FROM audit_events ORDER BY chain_sequence DESC LIMIT 1;
                    NEW.chain_sequence := coalesce(last_sequence, 0) + 1;
                    NEW.occurred_at := date_trunc('microseconds', clock_timestamp());
                    NEW.previous_hash := last_hash;
                    NEW.hash := encode(sha256(convert_to(rmt_audit_canonical(NEW), 'UTF8')), 'hex');
                    RETURN NEW;
                END $$;

            CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
                FOR EACH ROW EXECUTE FUNCTION rmt_audit_chain();

            GRANT USAGE ON SCHEMA public TO rmt_app;
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO rmt_app;
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO rmt_app;
            REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM rmt_app;
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON __ef_migrations_history FROM rmt_app;
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON regions FROM rmt_app;
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO rmt_app;
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO rmt_app;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS audit_events_chain ON audit_events;
            DROP FUNCTION IF EXISTS rmt_audit_chain();
            DROP FUNCTION IF EXISTS rmt_audit_canonical(audit_events);
            """);
        foreach (var table in _regionTables.Concat(_participantChildTables).Append("wage_value_tasks"))
        {
            migrationBuilder.Sql($"DROP POLICY IF EXISTS region_isolation ON {table}; ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;");
        }
    }
}
