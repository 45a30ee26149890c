using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Configurations;

public sealed class ServiceDeliveryConfiguration : IEntityTypeConfiguration<ServiceDelivery>
{
    public void Configure(EntityTypeBuilder<ServiceDelivery> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Cost).HasPrecision(12, 2);
        builder.HasOne(e => e.Provider).WithMany().HasForeignKey(e => e.ProviderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ServiceType, e.ParticipantId });
        builder.ToTable(t => t.HasCheckConstraint("ck_service_deliveries_cost", "cost >= 0"));
    }
}
