using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Data.Configurations;

public sealed class SignInProviderConfiguration : IEntityTypeConfiguration<SignInProvider>
{
    public void Configure(EntityTypeBuilder<SignInProvider> builder)
    {
        builder.ToTable("sign_in_providers");
        builder.HasKey(p => p.OrganisationId);
        builder.HasOne<Organisation>().WithOne().HasForeignKey<SignInProvider>(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Issuer).HasMaxLength(500);
        builder.Property(p => p.ClientId).HasMaxLength(200);
        builder.Property(p => p.SubjectClaim).HasMaxLength(100);
        // Home-realm discovery looks a domain up in every provider's list.
        builder.HasIndex(p => p.EmailDomains).HasMethod("gin");
    }
}
