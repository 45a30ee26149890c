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
        // The list's phase filter and the figures' counts per phase, within one region.
        builder.HasIndex(p => new { p.RegionId, p.RoutePhase });

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
        builder.HasMany(p => p.PhaseHistory).WithOne().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Involvements).WithOne().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
