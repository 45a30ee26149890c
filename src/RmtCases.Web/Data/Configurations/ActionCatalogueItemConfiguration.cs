using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Casework;

namespace RmtCases.Web.Data.Configurations;

public sealed class ActionCatalogueItemConfiguration : IEntityTypeConfiguration<ActionCatalogueItem>
{
    public void Configure(EntityTypeBuilder<ActionCatalogueItem> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Name).HasMaxLength(100);
        builder.HasIndex(i => i.Name).IsUnique();
        builder.HasData(ActionCatalogueSeed.Items);
    }
}
