using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Retention;

namespace RmtCases.Web.Data.Configurations;

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
