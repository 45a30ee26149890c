using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Audit;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Retention;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Data;

public sealed class RmtDbContext(DbContextOptions<RmtDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<EducationEntry> EducationEntries => Set<EducationEntry>();
    public DbSet<WorkHistoryEntry> WorkHistoryEntries => Set<WorkHistoryEntry>();
    public DbSet<MediationActivity> MediationActivities => Set<MediationActivity>();
    public DbSet<ServiceDelivery> ServiceDeliveries => Set<ServiceDelivery>();
    public DbSet<CaseInvolvement> CaseInvolvements => Set<CaseInvolvement>();

    /// <summary>Category g. Read only through the banenafspraak query path, after the policy allows it.</summary>
    public DbSet<BanenafspraakIndication> BanenafspraakIndications => Set<BanenafspraakIndication>();

    public DbSet<ConfidentialityAcceptance> ConfidentialityAcceptances => Set<ConfidentialityAcceptance>();
    public DbSet<ExportRecord> ExportRecords => Set<ExportRecord>();
    public DbSet<PendingDownload> PendingDownloads => Set<PendingDownload>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<PurgeRun> PurgeRuns => Set<PurgeRun>();
    public DbSet<ParticipantTombstone> ParticipantTombstones => Set<ParticipantTombstone>();
    public DbSet<FinancialSettlement> FinancialSettlements => Set<FinancialSettlement>();
    public DbSet<DestructionCertificate> DestructionCertificates => Set<DestructionCertificate>();
    public DbSet<WageValueAssessment> WageValueAssessments => Set<WageValueAssessment>();
    public DbSet<WageValueTask> WageValueTasks => Set<WageValueTask>();
    public DbSet<AssessorQualification> AssessorQualifications => Set<AssessorQualification>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.HasPostgresExtension("unaccent");
        builder.ApplyConfigurationsFromAssembly(typeof(RmtDbContext).Assembly);
        builder.HasDbFunction(typeof(DbText).GetMethod(nameof(DbText.StartsWith))!).HasName("starts_with").IsBuiltIn();
        builder.HasDbFunction(typeof(DbText).GetMethod(nameof(DbText.Unaccent))!).HasName("rmt_unaccent").IsBuiltIn();
    }
}
