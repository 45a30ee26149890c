using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RmtCases.Domain.Exchange;
using RmtCases.Web.Features.Audit;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Issue 17: the home page's own reads at national scale. "Recent" reads the user's latest views: the user's index
/// also holds every list they searched, so 500 views were fetched from the heap among them; this one holds the views
/// alone with what the list shows. The recipients to inform join a region's exchanges to the changes made after
/// them: the changes get an index of their own (a participant's audit rows are mostly views), the exchanges one by
/// region, as row-level security reads them. SQL only, like NationalScaleCasework.
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261202011500_HomePageIndexes")]
public sealed class HomePageIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"""
            CREATE INDEX ix_audit_events_user_viewed ON audit_events (user_id, chain_sequence)
                INCLUDE (participant_id, occurred_at)
                WHERE action = '{AuditActions.ParticipantViewed}' AND outcome = '{AuditOutcomes.Success}' AND participant_id IS NOT NULL;
            CREATE INDEX ix_audit_events_participant_changed ON audit_events (participant_id, chain_sequence)
                INCLUDE (occurred_at)
                WHERE action = '{AuditActions.ParticipantChanged}' AND outcome = '{AuditOutcomes.Success}' AND categories IS NOT NULL;
            CREATE INDEX ix_export_records_region_exchange ON export_records (region_id, participant_id)
                INCLUDE (id, created_at)
                WHERE kind = {(int)ExportKind.Exchange};
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS ix_audit_events_user_viewed;
            DROP INDEX IF EXISTS ix_audit_events_participant_changed;
            DROP INDEX IF EXISTS ix_export_records_region_exchange;
            """);
}
