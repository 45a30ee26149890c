using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Data.Configurations;

public sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Ignore(a => a.IsOpen);
        builder.HasOne<ActionCatalogueItem>().WithMany().HasForeignKey(a => a.CatalogueItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ResponsibleUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.ParticipantId, a.DueOn });
        // The home page's actions and next action due: one caseworker's open actions in date order.
        builder.HasIndex(a => new { a.ResponsibleUserId, a.DueOn }).HasFilter("status IN (1, 2)");
    }
}
