using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Data.Configurations;

public sealed class WageValueTaskConfiguration : IEntityTypeConfiguration<WageValueTask>
{
    public void Configure(EntityTypeBuilder<WageValueTask> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(200);
        foreach (var p in new[] { nameof(WageValueTask.Tempo), nameof(WageValueTask.Quality), nameof(WageValueTask.NetWorkingTime), nameof(WageValueTask.Share) })
        {
            builder.Property(p).HasPrecision(5, 2);
        }

        foreach (var p in new[] { nameof(WageValueTask.TempoArgumentation), nameof(WageValueTask.QualityArgumentation), nameof(WageValueTask.NetWorkingTimeArgumentation), nameof(WageValueTask.ShareArgumentation) })
        {
            builder.Property(p).HasMaxLength(4000);
        }
    }
}
