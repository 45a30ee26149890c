using Microsoft.EntityFrameworkCore.Migrations;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Three holes of issue 14, in the data the code no longer produces:
/// <list type="bullet">
/// <item>Administrators' organisations get a type of their own (6, Administration). An organisation is one when it
/// has accounts and all of them are administrators (the demo's "Functioneel beheer RMT"); administrators of a mixed
/// organisation move to a new "Functioneel beheer" organisation of their region. Those accounts' sessions end (their
/// tickets carry the old organisation), and any case involvement of such an organisation goes: administrators see no
/// personal data.</item>
/// <item>Werkfitbehoud rows (service_type 1) reveal the banenafspraak indication (art. 3 of the Tijdelijke regeling
/// aanvullende crisisdienstverlening COVID-19): a restrictive row-level-security policy keeps them from every session
/// that does not carry rmt.sees_banenafspraak (set per request from the access policy) or all regions.</item>
/// <item>Export purposes become codes (ExportPurpose). The free text of earlier exchanges may hold personal data: it
/// is replaced by LegacyUnknown in the export register and in the audit trail, and the trail's hash chain is computed
/// again from the first changed row, with an audit row that says so.</item>
/// </list>
/// </summary>
public partial class AdministrationWerkfitbehoudPurposes : Migration
{
    private const string ExchangeCodes =
        "'ServiceProviderReferral', 'TransferWithinRmt', 'VacancyMediation', 'TrainingEnrolment', 'ServiceDeliveryCoordination'";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            -- The migration's own transaction reaches every region's rows (the owner is bound by FORCE too).
            SELECT set_config('rmt.all_regions', 'on', true);

            -- Administrators' organisations: accounts, and all of them administrators (role 3).
            CREATE TEMPORARY TABLE rmt_retyped ON COMMIT DROP AS
                SELECT o.id FROM organisations o
                WHERE o.type <> 5
                  AND EXISTS (SELECT 1 FROM users u WHERE u.organisation_id = o.id)
                  AND NOT EXISTS (SELECT 1 FROM users u WHERE u.organisation_id = o.id AND u.role <> 3);
            UPDATE organisations SET type = 6 WHERE id IN (SELECT id FROM rmt_retyped);

            -- Administrators in an organisation that also has other accounts move to one of their own per region.
            CREATE TEMPORARY TABLE rmt_moved ON COMMIT DROP AS
                SELECT u.id AS user_id, o.region_id FROM users u JOIN organisations o ON o.id = u.organisation_id
                WHERE u.role = 3 AND o.type <> 6;
            INSERT INTO organisations (id, name, type, region_id)
                SELECT gen_random_uuid(), 'Functioneel beheer', 6, m.region_id FROM (SELECT DISTINCT region_id FROM rmt_moved) m
                WHERE NOT EXISTS (SELECT 1 FROM organisations o WHERE o.region_id = m.region_id AND o.type = 6);
            UPDATE users u SET organisation_id = (
                    SELECT o.id FROM organisations o WHERE o.region_id = m.region_id AND o.type = 6 ORDER BY o.name, o.id LIMIT 1)
                FROM rmt_moved m WHERE m.user_id = u.id;

            DELETE FROM auth_sessions WHERE user_id IN (
                SELECT user_id FROM rmt_moved UNION SELECT u.id FROM users u WHERE u.organisation_id IN (SELECT id FROM rmt_retyped));
            DELETE FROM case_involvements WHERE organisation_id IN (SELECT id FROM organisations WHERE type = 6);

            -- Werkfitbehoud rows only for sessions that may see category g.
            CREATE OR REPLACE FUNCTION rmt_sees_banenafspraak() RETURNS boolean
                LANGUAGE sql STABLE PARALLEL SAFE
                AS $$ SELECT coalesce(current_setting('rmt.sees_banenafspraak', true), '') = 'on' $$;
            CREATE POLICY banenafspraak_derived ON service_deliveries AS RESTRICTIVE
                USING ((SELECT rmt_all_regions()) OR (SELECT rmt_sees_banenafspraak()) OR service_type <> 1)
                WITH CHECK ((SELECT rmt_all_regions()) OR (SELECT rmt_sees_banenafspraak()) OR service_type <> 1);

            -- Purposes as codes in the export register.
            UPDATE export_records SET purpose = 'SubjectAccessRequest' WHERE kind = 2;
            UPDATE export_records SET purpose = 'LegacyUnknown' WHERE kind = 1 AND purpose NOT IN ({ExchangeCodes});

            -- And in the audit trail, with its chain computed again from the first changed row.
            DO $$
            DECLARE
                first_changed bigint;
                previous text;
                row_id bigint;
            BEGIN
                SELECT min(chain_sequence) INTO first_changed FROM audit_events
                WHERE (action = 'export.created' AND purpose IS DISTINCT FROM 'LegacyUnknown' AND purpose NOT IN ({ExchangeCodes}))
                   OR (action = 'participant.subject_access_report' AND purpose IS DISTINCT FROM 'SubjectAccessRequest');
                IF first_changed IS NULL THEN
                    RETURN;
                END IF;

                UPDATE audit_events SET purpose = 'SubjectAccessRequest' WHERE action = 'participant.subject_access_report';
                UPDATE audit_events SET purpose = 'LegacyUnknown'
                    WHERE action = 'export.created' AND (purpose IS NULL OR purpose NOT IN ({ExchangeCodes}));

                -- The first changed row keeps its link to the row before it (which may itself be gone by retention).
                SELECT coalesce(
                    (SELECT hash FROM audit_events WHERE chain_sequence < first_changed ORDER BY chain_sequence DESC LIMIT 1),
                    (SELECT previous_hash FROM audit_events WHERE chain_sequence = first_changed)) INTO previous;
                FOR row_id IN SELECT id FROM audit_events WHERE chain_sequence >= first_changed ORDER BY chain_sequence LOOP
                    UPDATE audit_events SET previous_hash = previous WHERE id = row_id;
                    UPDATE audit_events a SET hash = encode(sha256(convert_to(rmt_audit_canonical(a), 'UTF8')), 'hex')
                        WHERE a.id = row_id RETURNING a.hash INTO previous;
                END LOOP;

                -- The trigger chains this row after the rewritten ones: the trail says what was done to it.
                INSERT INTO audit_events (action, fields, outcome) VALUES ('audit.purposes_replaced', 'purpose', 'success');
            END $$;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // The replaced free text is gone for good; the types and the policy can go back.
        migrationBuilder.Sql("""
            DROP POLICY IF EXISTS banenafspraak_derived ON service_deliveries;
            DROP FUNCTION IF EXISTS rmt_sees_banenafspraak();
            UPDATE organisations SET type = 1 WHERE type = 6;
            """);
    }
}
