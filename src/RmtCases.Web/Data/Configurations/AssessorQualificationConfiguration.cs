using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Data.Configurations;

/// <summary>Staff data kept by administrators, like the accounts themselves: no region policy, no participant link.</summary>
public sealed class AssessorQualificationConfiguration : IEntityTypeConfiguration<AssessorQualification>
{
    public void Configure(EntityTypeBuilder<AssessorQualification> builder)
    {
        builder.HasKey(e => e.UserId);
        builder.Property(e => e.DiplomaTitle).HasMaxLength(200);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasOne<AppUser>().WithOne().HasForeignKey<AssessorQualification>(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
