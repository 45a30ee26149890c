using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Retention;

namespace RmtCases.Web.Data.Configurations;

public sealed class DestructionCertificateConfiguration : IEntityTypeConfiguration<DestructionCertificate>
{
    public void Configure(EntityTypeBuilder<DestructionCertificate> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Content).HasColumnType("jsonb");
        builder.HasOne<PurgeRun>().WithMany().HasForeignKey(e => e.PurgeRunId).OnDelete(DeleteBehavior.Restrict);
    }
}
