using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Data.Configurations;

public sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.RegisteredByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.IsWithdrawn);
        builder.HasIndex(p => new { p.RegionId, p.Status });

        builder.OwnsOne(p => p.Person, person =>
        {
            person.Property(x => x.GivenNames).HasMaxLength(100);
            person.Property(x => x.Infix).HasMaxLength(20);
            person.Property(x => x.Surname).HasMaxLength(100);
            person.Property(x => x.Street).HasMaxLength(100);
            person.Property(x => x.HouseNumber).HasMaxLength(20);
            person.Property(x => x.Postcode).HasMaxLength(7);
            person.Property(x => x.City).HasMaxLength(100);
            person.Property(x => x.Phone).HasMaxLength(20);
            person.Property(x => x.Email).HasMaxLength(254);
            person.Ignore(x => x.FullName);
            // Case- and accent-insensitive prefix search ("Ozturk" finds "Öztürk"). Collation C: the planner
            // turns a prefix into an index range only for C, and the same index then gives the list its order.
            // The index itself, (region_id, person_surname_key, person_given_names, id), spans owner and owned
            // columns, so it is made in migration NationalScale rather than here.
            // No length of its own: unaccent expands (ß → ss, ﬃ → ffi, ㎮ → rad/s), so a 100-character surname can give
            // a key of up to 500. The surname's limit bounds it, far below the 2,704-byte limit of a btree entry.
            person.Property<string>("SurnameKey")
                .UseCollation("C")
                .HasComputedColumnSql("lower(rmt_unaccent(person_surname))", stored: true);
            person.HasIndex(x => x.Postcode);
            person.HasIndex(x => x.DateOfBirth);
        });

        builder.OwnsOne(p => p.CurrentSituation, s =>
        {
            s.Property(x => x.Employer).HasMaxLength(200);
            s.Property(x => x.JobTitle).HasMaxLength(200);
            s.Property(x => x.HoursPerWeek).HasPrecision(4, 1);
        });

        builder.HasMany(p => p.Education).WithOne().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.WorkHistory).WithOne().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Mediation).WithOne().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ServiceDeliveries).WithOne().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Involvements).WithOne().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EducationEntryConfiguration : IEntityTypeConfiguration<EducationEntry>
{
    public void Configure(EntityTypeBuilder<EducationEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Programme).HasMaxLength(200);
        builder.Property(e => e.Institution).HasMaxLength(200);
    }
}

public sealed class WorkHistoryEntryConfiguration : IEntityTypeConfiguration<WorkHistoryEntry>
{
    public void Configure(EntityTypeBuilder<WorkHistoryEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Employer).HasMaxLength(200);
        builder.Property(e => e.JobTitle).HasMaxLength(200);
        builder.Property(e => e.HoursPerWeek).HasPrecision(4, 1);
    }
}

public sealed class MediationActivityConfiguration : IEntityTypeConfiguration<MediationActivity>
{
    public void Configure(EntityTypeBuilder<MediationActivity> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Vacancy).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ServiceDeliveryConfiguration : IEntityTypeConfiguration<ServiceDelivery>
{
    public void Configure(EntityTypeBuilder<ServiceDelivery> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Cost).HasPrecision(12, 2);
        builder.HasOne(e => e.Provider).WithMany().HasForeignKey(e => e.ProviderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ServiceType, e.ParticipantId });
        builder.ToTable(t => t.HasCheckConstraint("ck_service_deliveries_cost", "cost >= 0"));
    }
}

public sealed class CaseInvolvementConfiguration : IEntityTypeConfiguration<CaseInvolvement>
{
    public void Configure(EntityTypeBuilder<CaseInvolvement> builder)
    {
        builder.HasKey(i => new { i.ParticipantId, i.OrganisationId });
        builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.OrganisationId);
    }
}

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
