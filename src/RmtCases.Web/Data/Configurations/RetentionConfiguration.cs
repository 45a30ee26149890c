using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Organisations;
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

public sealed class ParticipantTombstoneConfiguration : IEntityTypeConfiguration<ParticipantTombstone>
{
    public void Configure(EntityTypeBuilder<ParticipantTombstone> builder)
    {
        builder.HasKey(e => e.ParticipantId);
        builder.HasOne<PurgeRun>().WithMany().HasForeignKey(e => e.PurgeRunId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class FinancialSettlementConfiguration : IEntityTypeConfiguration<FinancialSettlement>
{
    public void Configure(EntityTypeBuilder<FinancialSettlement> builder)
    {
        builder.Property(e => e.Quarter).HasMaxLength(7);
        builder.Property(e => e.TotalAmount).HasPrecision(14, 2);
        builder.HasOne<PurgeRun>().WithMany().HasForeignKey(e => e.PurgeRunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.ProviderOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DestructionCertificateConfiguration : IEntityTypeConfiguration<DestructionCertificate>
{
    public void Configure(EntityTypeBuilder<DestructionCertificate> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Content).HasColumnType("jsonb");
        builder.HasOne<PurgeRun>().WithMany().HasForeignKey(e => e.PurgeRunId).OnDelete(DeleteBehavior.Restrict);
    }
}
