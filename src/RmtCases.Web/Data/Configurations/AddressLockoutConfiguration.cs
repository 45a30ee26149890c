using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Data.Configurations;

public sealed class AddressLockoutConfiguration : IEntityTypeConfiguration<AddressLockout>
{
    public void Configure(EntityTypeBuilder<AddressLockout> builder)
    {
        builder.ToTable("sign_in_address_lockouts");
        builder.HasKey(l => l.AddressHash);
    }
}
