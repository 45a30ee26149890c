using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Migrations;

/// <summary>
/// Issue 17: the home page's count of erasures due read the region's withdrawn participants through a bitmap of
/// (region, status) and then every one of their heap pages for the withdrawal date, about a hundred pages per visit at
/// 1M participants. This index holds the date, so the capped count reads a few index pages. SQL only, like
/// HomePageIndexes.
/// </summary>
[DbContext(typeof(RmtDbContext))]
[Migration("20261202090000_ErasuresDueIndex")]
public sealed class ErasuresDueIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"""
            CREATE INDEX ix_participants_region_withdrawn ON participants (region_id, withdrawn_on)
                WHERE status = {(int)ParticipantStatus.Withdrawn} AND withdrawn_on IS NOT NULL;
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP INDEX IF EXISTS ix_participants_region_withdrawn;");
}
