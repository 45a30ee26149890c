using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Configurations;

public sealed class RoutePhaseChangeConfiguration : IEntityTypeConfiguration<RoutePhaseChange>
{
    public void Configure(EntityTypeBuilder<RoutePhaseChange> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.ByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        // The case file's history reads one participant's steps in order; figures count steps into a phase by date.
        builder.HasIndex(e => new { e.ParticipantId, e.ChangedAt });
        builder.HasIndex(e => new { e.ToPhase, e.ChangedAt });
    }
}
