using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Configurations;

public sealed class MediationActivityConfiguration : IEntityTypeConfiguration<MediationActivity>
{
    public void Configure(EntityTypeBuilder<MediationActivity> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Vacancy).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
