using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Audit;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Figures;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Retention;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Data;

/// <param name="scope">The request's data scope; absent for migrations and design-time tools, which read no rows.</param>
public sealed class RmtDbContext(DbContextOptions<RmtDbContext> options, DataScope? scope = null)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Read by the service rows' and plan actions' query filters, per query (EF Core parameterises context members).</summary>
    internal bool SeesBanenafspraakDerived => scope is null || scope.SeesBanenafspraakDerived;

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<EducationEntry> EducationEntries => Set<EducationEntry>();
    public DbSet<WorkHistoryEntry> WorkHistoryEntries => Set<WorkHistoryEntry>();
    public DbSet<MediationActivity> MediationActivities => Set<MediationActivity>();
    public DbSet<ServiceDelivery> ServiceDeliveries => Set<ServiceDelivery>();
    public DbSet<CaseInvolvement> CaseInvolvements => Set<CaseInvolvement>();
    public DbSet<RoutePhaseChange> RoutePhaseChanges => Set<RoutePhaseChange>();
    public DbSet<CaseAssignment> CaseAssignments => Set<CaseAssignment>();
    public DbSet<RoutePlan> RoutePlans => Set<RoutePlan>();
    public DbSet<PlanAction> PlanActions => Set<PlanAction>();
    public DbSet<ActionCatalogueItem> ActionCatalogue => Set<ActionCatalogueItem>();
    public DbSet<PlanTemplateStep> PlanTemplateSteps => Set<PlanTemplateStep>();

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
    public DbSet<RegionBudget> RegionBudgets => Set<RegionBudget>();
    public DbSet<RouteMonthAggregate> RouteMonthAggregates => Set<RouteMonthAggregate>();
    public DbSet<WageValueAssessment> WageValueAssessments => Set<WageValueAssessment>();
    public DbSet<WageValueTask> WageValueTasks => Set<WageValueTask>();
    public DbSet<AssessorQualification> AssessorQualifications => Set<AssessorQualification>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();
    public DbSet<AddressLockout> AddressLockouts => Set<AddressLockout>();
    public DbSet<SignInProvider> SignInProviders => Set<SignInProvider>();
    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();

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

        // Tijdelijke regeling aanvullende crisisdienstverlening COVID-19, art. 3: only the banenafspraak target group
        // gets werkfitbehoud, so such a row is category g. The one query filter for it, on every query and navigation
        // (case file, list filter, exports); row-level security (policy banenafspraak_derived) repeats it in the database.
        builder.Entity<ServiceDelivery>().HasQueryFilter(s => s.ServiceType != ServiceType.Werkfitbehoud || SeesBanenafspraakDerived);
        // The plan actions werkfitbehoud's template adds tell the service by their steps: the same rule, the same filter
        // (and the same restrictive policy, banenafspraak_derived on plan_actions).
        builder.Entity<PlanAction>().HasQueryFilter(a => !a.RevealsBanenafspraak || SeesBanenafspraakDerived);
        builder.HasDbFunction(typeof(DbText).GetMethod(nameof(DbText.StartsWith))!).HasName("starts_with").IsBuiltIn();
        builder.HasDbFunction(typeof(DbText).GetMethod(nameof(DbText.Position))!).HasName("strpos").IsBuiltIn();
        builder.HasDbFunction(typeof(DbText).GetMethod(nameof(DbText.Unaccent))!).HasName("rmt_unaccent").IsBuiltIn();
    }
}
