using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Issue 20, per-request cost. Every deleted session is announced to every instance on commit (sign-out,
/// disabling an account, a role change, a password reset, the user's deletion): the instances cache validated
/// tickets and drop one when told (SessionCache, SessionRevocationListener); the payload is the session and user
/// id. The audit chain loses its lock per insert: a row is appended with a provisional position at or above
/// <c>rmt_audit_unsealed_from()</c> and no hash, and one sealer (AuditSealer) gives committed rows their place in
/// the chain and their hash.
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261201190000_PerRequestCost")]
public sealed class PerRequestCost : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
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

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
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
