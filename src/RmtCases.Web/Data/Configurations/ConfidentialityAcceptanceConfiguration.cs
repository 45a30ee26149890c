using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Data.Configurations;

public sealed class ConfidentialityAcceptanceConfiguration : IEntityTypeConfiguration<ConfidentialityAcceptance>
{
    public void Configure(EntityTypeBuilder<ConfidentialityAcceptance> builder)
    {
        builder.Property(a => a.Version).HasMaxLength(50);
        builder.HasIndex(a => new { a.UserId, a.Version }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
