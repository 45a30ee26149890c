using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;

namespace RmtCases.Web.Data.Configurations;

public sealed class ExportRecordConfiguration : IEntityTypeConfiguration<ExportRecord>
{
    public void Configure(EntityTypeBuilder<ExportRecord> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reference).HasMaxLength(40);
        builder.HasIndex(e => e.Reference).IsUnique();
        builder.Property(e => e.Purpose).HasMaxLength(500);
        builder.Property(e => e.Categories).HasMaxLength(7);
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.RecipientOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.ParticipantId);
        builder.HasIndex(e => new { e.SenderUserId, e.CreatedAt });
    }
}
