using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Configurations;

public sealed class CaseInvolvementConfiguration : IEntityTypeConfiguration<CaseInvolvement>
{
    public void Configure(EntityTypeBuilder<CaseInvolvement> builder)
    {
        builder.HasKey(i => new { i.ParticipantId, i.OrganisationId });
        builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.OrganisationId);
    }
}
