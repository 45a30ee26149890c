using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Retention;

namespace RmtCases.Web.Data.Configurations;

public sealed class ParticipantTombstoneConfiguration : IEntityTypeConfiguration<ParticipantTombstone>
{
    public void Configure(EntityTypeBuilder<ParticipantTombstone> builder)
    {
        builder.HasKey(e => e.ParticipantId);
        builder.HasOne<PurgeRun>().WithMany().HasForeignKey(e => e.PurgeRunId).OnDelete(DeleteBehavior.Restrict);
    }
}
