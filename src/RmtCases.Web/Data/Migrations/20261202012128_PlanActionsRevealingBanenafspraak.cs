using Microsoft.EntityFrameworkCore.Migrations;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Issue 17: the plan actions werkfitbehoud's template adds (an intake, an ontwikkeladvies and an evaluatiegesprek at
/// their own offsets) tell that service, and so category g (art. 3 of the Tijdelijke regeling aanvullende
/// crisisdienstverlening COVID-19). They get a mark, the query filter and, as the service rows have, a restrictive
/// row-level-security policy for every session that does not carry rmt.sees_banenafspraak or all regions. Actions the
/// template added before the mark existed are found as it made them: every step of that template, added at one moment,
/// each due its step's days after that day.
/// </summary>
public partial class PlanActionsRevealingBanenafspraak : Migration
{
    private const string Visible =
        "(SELECT rmt_all_regions()) OR (SELECT rmt_sees_banenafspraak()) OR NOT reveals_banenafspraak";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(
            name: "reveals_banenafspraak",
            table: "plan_actions",
            type: "boolean",
            nullable: false,
            defaultValue: false);

        migrationBuilder.Sql($"""
            -- The migration's own transaction reaches every region's rows (the owner is bound by FORCE too).
            SELECT set_config('rmt.all_regions', 'on', true);

            WITH steps AS (
                SELECT s.catalogue_item_id, s.due_after_days FROM plan_template_steps s
                JOIN action_catalogue c ON c.id = s.catalogue_item_id
                WHERE s.service_type = {(int)ServiceType.Werkfitbehoud} AND c.is_active),
            matched AS (
                SELECT a.id, a.participant_id, a.created_at FROM plan_actions a
                JOIN steps s ON s.catalogue_item_id = a.catalogue_item_id
                    AND a.due_on = (a.created_at AT TIME ZONE 'Europe/Amsterdam')::date + s.due_after_days),
            added AS (
                SELECT participant_id, created_at FROM matched GROUP BY participant_id, created_at
                HAVING count(*) >= (SELECT count(*) FROM steps))
            UPDATE plan_actions SET reveals_banenafspraak = true
            WHERE id IN (SELECT m.id FROM matched m JOIN added d USING (participant_id, created_at));

            CREATE POLICY banenafspraak_derived ON plan_actions AS RESTRICTIVE
                USING ({Visible})
                WITH CHECK ({Visible});
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP POLICY IF EXISTS banenafspraak_derived ON plan_actions;");
        migrationBuilder.DropColumn(
            name: "reveals_banenafspraak",
            table: "plan_actions");
    }
}
