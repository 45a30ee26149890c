using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Casework;

namespace RmtCases.Web.Data.Configurations;

public sealed class PlanTemplateStepConfiguration : IEntityTypeConfiguration<PlanTemplateStep>
{
    public void Configure(EntityTypeBuilder<PlanTemplateStep> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<ActionCatalogueItem>().WithMany().HasForeignKey(s => s.CatalogueItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ServiceType, s.Position });
        builder.HasData(ActionCatalogueSeed.TemplateSteps);
    }
}
