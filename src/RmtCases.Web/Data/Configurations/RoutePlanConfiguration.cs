using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Configurations;

public sealed class RoutePlanConfiguration : IEntityTypeConfiguration<RoutePlan>
{
    public void Configure(EntityTypeBuilder<RoutePlan> builder)
    {
        builder.HasKey(p => p.ParticipantId);
        builder.HasOne<Participant>().WithOne().HasForeignKey<RoutePlan>(p => p.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasMany(p => p.Actions).WithOne().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
