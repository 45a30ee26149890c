using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Issue 20, per-request cost. Every deleted session is announced to every instance on commit (sign-out,
/// disabling an account, a role change, a password reset, the user's deletion): the instances cache validated
/// tickets and drop one when told (SessionCache, SessionRevocationListener); the payload is the session and user
/// id. The audit chain loses its lock per insert: a row is appended with a provisional position at or above
/// <c>rmt_audit_unsealed_from()</c> and no hash, and one sealer (AuditSealer) gives committed rows their place in
/// the chain and their hash. The child tables get their own region_id, copied from the participant (or the
/// wage-value assessment) by a trigger whatever the client sends, so their region policy is a comparison, not a
/// lookup of the parent for every row (the service filter spent 18 ms of PostgreSQL on that).
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261201190000_PerRequestCost")]
public sealed class PerRequestCost : Migration
{
    private static readonly string[] _participantChildTables =
        ["education_entries", "work_history_entries", "mediation_activities", "service_deliveries", "case_involvements"];

    private const string RegionPolicy = "(SELECT rmt_all_regions()) OR region_id = (SELECT rmt_current_region())";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE FUNCTION rmt_auth_session_revoked() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('rmt_session_revoked', OLD.id::text || ' ' || OLD.user_id::text);
                    RETURN NULL;
                END $$;
            CREATE TRIGGER auth_sessions_revoked AFTER DELETE ON auth_sessions
                FOR EACH ROW EXECUTE FUNCTION rmt_auth_session_revoked();

            -- Positions from here up are provisional (2^62 + id): unsealed rows sort after every sealed one, in the
            -- order they were inserted, and the unique index on chain_sequence still holds.
            CREATE FUNCTION rmt_audit_unsealed_from() RETURNS bigint
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 4611686018427387904::bigint $$;

            CREATE OR REPLACE FUNCTION rmt_audit_chain() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    NEW.chain_sequence := rmt_audit_unsealed_from() + NEW.id;
                    NEW.occurred_at := date_trunc('microseconds', clock_timestamp());
                    NEW.previous_hash := NULL;
                    NEW.hash := NULL;
                    RETURN NEW;
                END $$;

            -- Seals at most batch_size committed rows after the last sealed one and returns how many. The application
            -- role may call it, though it cannot update the trail: sealing only appends what was committed. A row of
            -- a transaction still open is invisible here and is sealed by a later call, after the rows sealed now:
            -- chain order is seal order, so no late commit can take a position below the seal.
            CREATE FUNCTION rmt_audit_seal(batch_size integer) RETURNS integer
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
                AS $$
                DECLARE
                    last_sequence bigint;
                    last_hash text;
                    row_id bigint;
                    sealed integer := 0;
                BEGIN
                    -- One sealer at a time, whichever instance calls.
                    PERFORM pg_advisory_xact_lock(7513);
                    SELECT chain_sequence, hash INTO last_sequence, last_hash FROM audit_events
                        WHERE chain_sequence < rmt_audit_unsealed_from() ORDER BY chain_sequence DESC LIMIT 1;
                    FOR row_id IN SELECT id FROM audit_events WHERE chain_sequence >= rmt_audit_unsealed_from()
                                  ORDER BY chain_sequence LIMIT batch_size LOOP
                        last_sequence := coalesce(last_sequence, 0) + 1;
                        UPDATE audit_events SET chain_sequence = last_sequence, previous_hash = last_hash WHERE id = row_id;
                        UPDATE audit_events a SET hash = encode(sha256(convert_to(rmt_audit_canonical(a), 'UTF8')), 'hex')
                            WHERE a.id = row_id RETURNING a.hash INTO last_hash;
                        sealed := sealed + 1;
                    END LOOP;
                    RETURN sealed;
                END $$;
            REVOKE ALL ON FUNCTION rmt_audit_seal(integer) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION rmt_audit_seal(integer) TO rmt_app;
            """);

        // The region of a child row is its parent's, seen through the caller's own policy: a parent in another
        // region (or none) is refused as the policy refused it before.
        migrationBuilder.Sql("""
            SELECT set_config('rmt.all_regions', 'on', true);

            CREATE FUNCTION rmt_participant_child_region() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.region_id := (SELECT p.region_id FROM participants p WHERE p.id = NEW.participant_id);
                    IF NEW.region_id IS NULL THEN
                        RAISE EXCEPTION 'new row violates row-level security policy for table "%"', TG_TABLE_NAME USING ERRCODE = '42501';
                    END IF;
                    RETURN NEW;
                END $$;

            CREATE FUNCTION rmt_assessment_child_region() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.region_id := (SELECT a.region_id FROM wage_value_assessments a WHERE a.id = NEW.assessment_id);
                    IF NEW.region_id IS NULL THEN
                        RAISE EXCEPTION 'new row violates row-level security policy for table "%"', TG_TABLE_NAME USING ERRCODE = '42501';
                    END IF;
                    RETURN NEW;
                END $$;
            """);
        foreach (var table in _participantChildTables)
        {
            migrationBuilder.Sql($"""
                ALTER TABLE {table} ADD COLUMN region_id integer;
                UPDATE {table} c SET region_id = p.region_id FROM participants p WHERE p.id = c.participant_id;
                ALTER TABLE {table} ALTER COLUMN region_id SET NOT NULL;
                CREATE TRIGGER {table}_region BEFORE INSERT OR UPDATE OF participant_id, region_id ON {table}
                    FOR EACH ROW EXECUTE FUNCTION rmt_participant_child_region();
                ALTER POLICY region_isolation ON {table} USING ({RegionPolicy}) WITH CHECK ({RegionPolicy});
                """);
        }

        migrationBuilder.Sql($"""
            ALTER TABLE wage_value_tasks ADD COLUMN region_id integer;
            UPDATE wage_value_tasks t SET region_id = a.region_id FROM wage_value_assessments a WHERE a.id = t.assessment_id;
            ALTER TABLE wage_value_tasks ALTER COLUMN region_id SET NOT NULL;
            CREATE TRIGGER wage_value_tasks_region BEFORE INSERT OR UPDATE OF assessment_id, region_id ON wage_value_tasks
                FOR EACH ROW EXECUTE FUNCTION rmt_assessment_child_region();
            ALTER POLICY region_isolation ON wage_value_tasks USING ({RegionPolicy}) WITH CHECK ({RegionPolicy});

            -- A parent moved to another region takes its rows along (only an all-regions session can move one).
            CREATE FUNCTION rmt_participant_moved() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE education_entries SET region_id = NEW.region_id WHERE participant_id = NEW.id;
                    UPDATE work_history_entries SET region_id = NEW.region_id WHERE participant_id = NEW.id;
                    UPDATE mediation_activities SET region_id = NEW.region_id WHERE participant_id = NEW.id;
                    UPDATE service_deliveries SET region_id = NEW.region_id WHERE participant_id = NEW.id;
                    UPDATE case_involvements SET region_id = NEW.region_id WHERE participant_id = NEW.id;
                    RETURN NULL;
                END $$;
            CREATE TRIGGER participants_moved AFTER UPDATE OF region_id ON participants
                FOR EACH ROW WHEN (OLD.region_id IS DISTINCT FROM NEW.region_id) EXECUTE FUNCTION rmt_participant_moved();
            CREATE FUNCTION rmt_assessment_moved() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE wage_value_tasks SET region_id = NEW.region_id WHERE assessment_id = NEW.id;
                    RETURN NULL;
                END $$;
            CREATE TRIGGER wage_value_assessments_moved AFTER UPDATE OF region_id ON wage_value_assessments
                FOR EACH ROW WHEN (OLD.region_id IS DISTINCT FROM NEW.region_id) EXECUTE FUNCTION rmt_assessment_moved();

            -- Led by the region, as every statement of the application is; the service filter reads its own.
            CREATE INDEX ix_education_entries_region ON education_entries (region_id, participant_id);
            CREATE INDEX ix_work_history_entries_region ON work_history_entries (region_id, participant_id);
            CREATE INDEX ix_mediation_activities_region ON mediation_activities (region_id, participant_id);
            CREATE INDEX ix_service_deliveries_region_type ON service_deliveries (region_id, service_type, participant_id);
            CREATE INDEX ix_case_involvements_region ON case_involvements (region_id, organisation_id, participant_id);
            CREATE INDEX ix_wage_value_tasks_region ON wage_value_tasks (region_id, assessment_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS participants_moved ON participants;
            DROP TRIGGER IF EXISTS wage_value_assessments_moved ON wage_value_assessments;
            DROP FUNCTION IF EXISTS rmt_participant_moved();
            DROP FUNCTION IF EXISTS rmt_assessment_moved();
            ALTER POLICY region_isolation ON wage_value_tasks
                USING ((SELECT rmt_all_regions()) OR EXISTS (SELECT 1 FROM wage_value_assessments p WHERE p.id = assessment_id))
                WITH CHECK ((SELECT rmt_all_regions()) OR EXISTS (SELECT 1 FROM wage_value_assessments p WHERE p.id = assessment_id));
            DROP TRIGGER IF EXISTS wage_value_tasks_region ON wage_value_tasks;
            ALTER TABLE wage_value_tasks DROP COLUMN region_id;
            """);
        foreach (var table in _participantChildTables)
        {
            migrationBuilder.Sql($"""
                ALTER POLICY region_isolation ON {table}
                    USING ((SELECT rmt_all_regions()) OR EXISTS (SELECT 1 FROM participants p WHERE p.id = participant_id))
                    WITH CHECK ((SELECT rmt_all_regions()) OR EXISTS (SELECT 1 FROM participants p WHERE p.id = participant_id));
                DROP TRIGGER IF EXISTS {table}_region ON {table};
                ALTER TABLE {table} DROP COLUMN region_id;
                """);
        }

        migrationBuilder.Sql("""
            DROP FUNCTION IF EXISTS rmt_participant_child_region();
            DROP FUNCTION IF EXISTS rmt_assessment_child_region();
            SELECT rmt_audit_seal(2147483647);
            DROP FUNCTION IF EXISTS rmt_audit_seal(integer);
            CREATE OR REPLACE FUNCTION rmt_audit_chain() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                DECLARE
                    last_sequence bigint;
                    last_hash text;
                BEGIN
                    PERFORM pg_advisory_xact_lock(7513);
                    SELECT chain_sequence, hash INTO last_sequence, last_hash
                        FROM audit_events ORDER BY chain_sequence DESC LIMIT 1;
                    NEW.chain_sequence := coalesce(last_sequence, 0) + 1;
                    NEW.occurred_at := date_trunc('microseconds', clock_timestamp());
                    NEW.previous_hash := last_hash;
                    NEW.hash := encode(sha256(convert_to(rmt_audit_canonical(NEW), 'UTF8')), 'hex');
                    RETURN NEW;
                END $$;
            DROP FUNCTION IF EXISTS rmt_audit_unsealed_from();
            DROP TRIGGER IF EXISTS auth_sessions_revoked ON auth_sessions;
            DROP FUNCTION IF EXISTS rmt_auth_session_revoked();
            """);
    }
}
