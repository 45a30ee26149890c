using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Configurations;

public sealed class WorkHistoryEntryConfiguration : IEntityTypeConfiguration<WorkHistoryEntry>
{
    public void Configure(EntityTypeBuilder<WorkHistoryEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Employer).HasMaxLength(200);
        builder.Property(e => e.JobTitle).HasMaxLength(200);
        builder.Property(e => e.HoursPerWeek).HasPrecision(4, 1);
    }
}
