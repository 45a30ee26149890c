using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Data.Configurations;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ConfidentialityAcceptanceConfiguration : IEntityTypeConfiguration<ConfidentialityAcceptance>
{
    public void Configure(EntityTypeBuilder<ConfidentialityAcceptance> builder)
    {
        builder.Property(a => a.Version).HasMaxLength(50);
        builder.HasIndex(a => new { a.UserId, a.Version }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AuthSessionConfiguration : IEntityTypeConfiguration<AuthSession>
{
    public void Configure(EntityTypeBuilder<AuthSession> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AddressLockoutConfiguration : IEntityTypeConfiguration<AddressLockout>
{
    public void Configure(EntityTypeBuilder<AddressLockout> builder)
    {
        builder.ToTable("sign_in_address_lockouts");
        builder.HasKey(l => l.AddressHash);
    }
}
