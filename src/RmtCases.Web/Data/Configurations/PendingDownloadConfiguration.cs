using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Exchange;

namespace RmtCases.Web.Data.Configurations;

public sealed class PendingDownloadConfiguration : IEntityTypeConfiguration<PendingDownload>
{
    public void Configure(EntityTypeBuilder<PendingDownload> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.FileName).HasMaxLength(100);
        builder.HasOne<ExportRecord>().WithMany().HasForeignKey(e => e.ExportRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}
