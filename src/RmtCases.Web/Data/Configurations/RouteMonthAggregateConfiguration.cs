using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Figures;
using RmtCases.Domain.Organisations;

namespace RmtCases.Web.Data.Configurations;

public sealed class RouteMonthAggregateConfiguration : IEntityTypeConfiguration<RouteMonthAggregate>
{
    public void Configure(EntityTypeBuilder<RouteMonthAggregate> builder)
    {
        builder.HasKey(e => new { e.RegionId, e.Month, e.Figure, e.Code });
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
