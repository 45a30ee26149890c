using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Data.Configurations;

public sealed class WageValueAssessmentConfiguration : IEntityTypeConfiguration<WageValueAssessment>
{
    public void Configure(EntityTypeBuilder<WageValueAssessment> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.WorkerName).HasMaxLength(200);
        builder.Property(e => e.EmployerName).HasMaxLength(200);
        builder.Property(e => e.JobTitle).HasMaxLength(200);
        builder.Property(e => e.EmployerInputBy).HasMaxLength(200);
        builder.Property(e => e.EmployerInputSummary).HasMaxLength(4000);
        builder.Property(e => e.WorkerView).HasMaxLength(4000);
        builder.Property(e => e.ReviewOutcome).HasMaxLength(4000);
        builder.Property(e => e.NormFunctionName).HasMaxLength(200);
        builder.Property(e => e.HoursPerWeek).HasPrecision(4, 2);
        builder.Property(e => e.HoursPerWorkingDay).HasPrecision(4, 2);
        builder.Property(e => e.FullTimeHoursPerWeek).HasPrecision(4, 2);
        builder.Property(e => e.AssessorName).HasMaxLength(200);
        builder.Property(e => e.AssessorQualificationSummary).HasMaxLength(1000);
        builder.Property(e => e.DecisionReference).HasMaxLength(40);
        builder.Ignore(e => e.IsDecided);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasIndex(e => new { e.SeriesId, e.VersionNumber }).IsUnique();
        builder.HasIndex(e => new { e.RegionId, e.Status });
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.MunicipalityOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Tasks).WithOne().HasForeignKey(t => t.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
