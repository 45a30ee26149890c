using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Retention;

namespace RmtCases.Web.Data.Configurations;

public sealed class PurgeRunConfiguration : IEntityTypeConfiguration<PurgeRun>
{
    public void Configure(EntityTypeBuilder<PurgeRun> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Settings).HasColumnType("jsonb");
        builder.Property(e => e.DryRun).HasColumnType("jsonb");
        builder.Property(e => e.Counts).HasColumnType("jsonb");
        builder.Property(e => e.Recipients).HasColumnType("jsonb");
    }
}
