using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Configurations;

public sealed class BanenafspraakIndicationConfiguration : IEntityTypeConfiguration<BanenafspraakIndication>
{
    public void Configure(EntityTypeBuilder<BanenafspraakIndication> builder)
    {
        builder.HasKey(b => b.ParticipantId);
        // No navigation from Participant: category g is never loaded along with the case file.
        builder.HasOne<Participant>().WithOne().HasForeignKey<BanenafspraakIndication>(b => b.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(b => b.RecordedByOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
