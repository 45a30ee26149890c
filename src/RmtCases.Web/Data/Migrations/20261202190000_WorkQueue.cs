using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Issue 17: Werkvoorraad walked the region's open routes, oldest first, looking up each one's casehouder of the
/// organisation until it had found a hundred without one: the better a team keeps its cases held, the longer the walk
/// (every open route held, region 11 of the 1M set: 17,189 lookups, 55,000 buffers, 97 ms per home page).
/// <c>work_queue</c> holds, per organisation, the open routes in its scope that nobody of it holds, kept by triggers on
/// whatever changes that (a participant's status, phase, region or registration; casehouders; involvements;
/// organisations), so Werkvoorraad reads at most a hundred index entries. The scope is the access policy's
/// (<c>AccessPolicy.Scope</c>): a municipality and UWV see their region, a union and an employer organisation the
/// cases they are involved in; <c>WorkQueueTests</c> holds the table to that rule. SQL only, like HomePageIndexes.
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261202190000_WorkQueue")]
public sealed class WorkQueue : Migration
{
    private const string RegionPolicy = "(SELECT rmt_all_regions()) OR region_id = (SELECT rmt_current_region())";

    /// <summary>The rule for organisation <c>o</c> and participant <c>p</c>, in one place for the triggers and the fill.</summary>
    private static readonly string InQueue = $"""
        p.region_id = o.region_id AND p.status = {(int)ParticipantStatus.Active} AND p.route_phase < {(int)RoutePhase.Completed}
        AND (o.type IN ({(int)OrganisationType.Municipality}, {(int)OrganisationType.Uwv})
             OR (o.type IN ({(int)OrganisationType.Union}, {(int)OrganisationType.EmployerOrganisation})
                 AND EXISTS (SELECT 1 FROM case_involvements i WHERE i.participant_id = p.id AND i.organisation_id = o.id)))
        AND NOT EXISTS (SELECT 1 FROM case_assignments a WHERE a.participant_id = p.id AND a.organisation_id = o.id)
        """;

    /// <summary>The queue's rows for the pairs of organisation <c>o</c> and participant <c>p</c> that <paramref name="pairs"/> keeps.</summary>
    private static string Enqueue(string pairs) => $"""
        INSERT INTO work_queue (organisation_id, participant_id, region_id, registered_at)
        SELECT o.id, p.id, p.region_id, p.registered_at FROM participants p JOIN organisations o ON o.region_id = p.region_id
        WHERE {pairs} AND {InQueue};
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            SELECT set_config('rmt.all_regions', 'on', true);

            CREATE TABLE work_queue (
                organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
                participant_id uuid NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
                region_id integer NOT NULL,
                registered_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_work_queue PRIMARY KEY (organisation_id, participant_id));
            CREATE INDEX ix_work_queue_organisation_registered ON work_queue (organisation_id, registered_at, participant_id) INCLUDE (region_id);
            CREATE INDEX ix_work_queue_participant ON work_queue (participant_id);
            ALTER TABLE work_queue ENABLE ROW LEVEL SECURITY;
            ALTER TABLE work_queue FORCE ROW LEVEL SECURITY;
            CREATE POLICY region_isolation ON work_queue USING ({RegionPolicy}) WITH CHECK ({RegionPolicy});

            -- One participant's rows again, seen through the caller's own policy (the participant is in its region).
            -- The participant's row lock puts two changes to one case in turn: each statement after it sees what the
            -- other committed, where the other's rows would otherwise be missed by the delete and collide with the
            -- insert. A lock leaves the row's xmin, and so the case file's version, as it is.
            CREATE FUNCTION rmt_work_queue_refresh(participant uuid) RETURNS void
                LANGUAGE sql AS $$
                    SELECT 1 FROM participants WHERE id = participant FOR NO KEY UPDATE;
                    DELETE FROM work_queue WHERE participant_id = participant;
                    {Enqueue("p.id = participant")}
                $$;

            CREATE FUNCTION rmt_work_queue_participant() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM rmt_work_queue_refresh(NEW.id);
                    RETURN NULL;
                END $$;
            CREATE TRIGGER participants_work_queue AFTER INSERT ON participants
                FOR EACH ROW EXECUTE FUNCTION rmt_work_queue_participant();
            -- Every saved case file sets the status (the version check, CaseFiles.ExpectVersion): only a change counts.
            CREATE TRIGGER participants_work_queue_change AFTER UPDATE OF status, route_phase, region_id, registered_at ON participants
                FOR EACH ROW
                WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.route_phase IS DISTINCT FROM NEW.route_phase
                      OR OLD.region_id IS DISTINCT FROM NEW.region_id OR OLD.registered_at IS DISTINCT FROM NEW.registered_at)
                EXECUTE FUNCTION rmt_work_queue_participant();

            -- A casehouder or an involvement added, moved or removed.
            CREATE FUNCTION rmt_work_queue_case_row() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        PERFORM rmt_work_queue_refresh(OLD.participant_id);
                    END IF;
                    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.participant_id IS DISTINCT FROM OLD.participant_id) THEN
                        PERFORM rmt_work_queue_refresh(NEW.participant_id);
                    END IF;
                    RETURN NULL;
                END $$;
            CREATE TRIGGER case_assignments_work_queue AFTER INSERT OR DELETE OR UPDATE OF participant_id, organisation_id ON case_assignments
                FOR EACH ROW EXECUTE FUNCTION rmt_work_queue_case_row();
            CREATE TRIGGER case_involvements_work_queue AFTER INSERT OR DELETE OR UPDATE OF participant_id, organisation_id ON case_involvements
                FOR EACH ROW EXECUTE FUNCTION rmt_work_queue_case_row();

            -- An organisation added, or its type or region changed, by an administrator, whose session sees no
            -- participant: the function reads and writes across regions for its own duration only (a function's own
            -- SET clause would need a superuser to create it; an error undoes the local setting with the statement).
            CREATE FUNCTION rmt_work_queue_organisation() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    prior text := coalesce(current_setting('rmt.all_regions', true), '');
                BEGIN
                    PERFORM set_config('rmt.all_regions', 'on', true);
                    DELETE FROM work_queue WHERE organisation_id = NEW.id;
                    {Enqueue("o.id = NEW.id")}
                    PERFORM set_config('rmt.all_regions', prior, true);
                    RETURN NULL;
                END $$;
            CREATE TRIGGER organisations_work_queue AFTER INSERT OR UPDATE OF type, region_id ON organisations
                FOR EACH ROW EXECUTE FUNCTION rmt_work_queue_organisation();

            -- Every row from scratch: this migration, and the bench's generator after a load without the triggers.
            CREATE FUNCTION rmt_work_queue_fill() RETURNS bigint
                LANGUAGE plpgsql AS $$
                DECLARE
                    prior text := coalesce(current_setting('rmt.all_regions', true), '');
                    filled bigint;
                BEGIN
                    PERFORM set_config('rmt.all_regions', 'on', true);
                    DELETE FROM work_queue;
                    {Enqueue("true")}
                    GET DIAGNOSTICS filled = ROW_COUNT;
                    PERFORM set_config('rmt.all_regions', prior, true);
                    RETURN filled;
                END $$;
            REVOKE ALL ON FUNCTION rmt_work_queue_fill() FROM PUBLIC;
            SELECT rmt_work_queue_fill();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS participants_work_queue ON participants;
            DROP TRIGGER IF EXISTS participants_work_queue_change ON participants;
            DROP TRIGGER IF EXISTS case_assignments_work_queue ON case_assignments;
            DROP TRIGGER IF EXISTS case_involvements_work_queue ON case_involvements;
            DROP TRIGGER IF EXISTS organisations_work_queue ON organisations;
            DROP FUNCTION IF EXISTS rmt_work_queue_participant();
            DROP FUNCTION IF EXISTS rmt_work_queue_case_row();
            DROP FUNCTION IF EXISTS rmt_work_queue_organisation();
            DROP FUNCTION IF EXISTS rmt_work_queue_fill();
            DROP FUNCTION IF EXISTS rmt_work_queue_refresh(uuid);
            DROP TABLE IF EXISTS work_queue;
            """);
}
