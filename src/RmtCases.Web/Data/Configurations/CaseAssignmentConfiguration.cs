using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Data.Configurations;

public sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignment>
{
    public void Configure(EntityTypeBuilder<CaseAssignment> builder)
    {
        // The key is the rule: at most one casehouder per involved organisation per participant.
        builder.HasKey(a => new { a.ParticipantId, a.OrganisationId });
        builder.HasOne<Participant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
        // Mijn deelnemers; the werkvoorraad looks up (participant, organisation) by the key.
        builder.HasIndex(a => a.UserId);
    }
}
