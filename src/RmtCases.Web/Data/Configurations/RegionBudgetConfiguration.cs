using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Figures;
using RmtCases.Domain.Organisations;

namespace RmtCases.Web.Data.Configurations;

public sealed class RegionBudgetConfiguration : IEntityTypeConfiguration<RegionBudget>
{
    public void Configure(EntityTypeBuilder<RegionBudget> builder)
    {
        builder.HasKey(e => new { e.RegionId, e.Year });
        builder.Property(e => e.Personnel).HasPrecision(14, 2);
        builder.Property(e => e.Intervention).HasPrecision(14, 2);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_region_budgets_amounts", "personnel >= 0 AND intervention >= 0");
            t.HasCheckConstraint("ck_region_budgets_year", "year BETWEEN 2021 AND 2100");
        });
    }
}
