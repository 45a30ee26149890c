using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RmtCases.Domain.Audit;

namespace RmtCases.Web.Data.Configurations;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        // Time, chain position and hashes come from the database trigger, never from the application.
        builder.Property(e => e.OccurredAt).ValueGeneratedOnAdd();
        builder.Property(e => e.ChainSequence).ValueGeneratedOnAdd();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).ValueGeneratedOnAdd();
        builder.Property(e => e.Hash).HasMaxLength(64).ValueGeneratedOnAdd();
        builder.Property(e => e.OrganisationType).HasMaxLength(30);
        builder.Property(e => e.Role).HasMaxLength(30);
        builder.Property(e => e.Action).HasMaxLength(60);
        builder.Property(e => e.Categories).HasMaxLength(7);
        builder.Property(e => e.Fields).HasMaxLength(1000);
        builder.Property(e => e.Purpose).HasMaxLength(500);
        builder.Property(e => e.CorrelationId).HasMaxLength(100);
        builder.Property(e => e.ClientIp).HasMaxLength(64);
        builder.Property(e => e.Outcome).HasMaxLength(30);
        builder.HasIndex(e => e.ChainSequence).IsUnique();
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => e.ParticipantId);
        // The home page reads a user's own latest rows; the user filter of the log uses the leading column.
        builder.HasIndex(e => new { e.UserId, e.ChainSequence });
        builder.HasIndex(e => e.SubjectId);
    }
}
