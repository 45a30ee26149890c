using RmtCases.Domain.Participants;

namespace RmtCases.Domain.Retention;

public enum PurgeKind
{
    Rmt = 1,
    WageValue = 2,
}

public enum PurgeStatus
{
    Prepared = 1,
    Approved = 2,
    Running = 3,
    Completed = 4,
    Failed = 5,

    /// <summary>Stopped before the end: cancelled, or its process died (found by a later run); a later run finishes the job.</summary>
    Interrupted = 6,
}

public sealed class PurgeRun
{
    public Guid Id { get; set; } = Ids.New();
    public PurgeKind Kind { get; set; }
    public PurgeStatus Status { get; set; }
    public bool Automatic { get; set; }
    public Guid? PreparedByUserId { get; set; }
    public Guid? ApprovedByUserId { get; set; }
    public DateTimeOffset PreparedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>The settings in force, as JSON.</summary>
    public required string Settings { get; set; }
    /// <summary>The dry run the approver saw, as JSON.</summary>
    public string? DryRun { get; set; }
    /// <summary>Rows erased per table so far, as JSON; written in each batch's own transaction.</summary>
    public string? Counts { get; set; }
    /// <summary>Exports per recipient organisation of the people erased so far, as JSON: who to tell (GDPR art. 19).</summary>
    public string? Recipients { get; set; }
    /// <summary>Batches committed so far.</summary>
    public int Batches { get; set; }
    /// <summary>When the last batch committed: all that is known of a run whose process died.</summary>
    public DateTimeOffset? LastBatchAt { get; set; }
}

/// <summary>What remains of an erased participant: the id, so the audit trail's ids stay explained.</summary>
public sealed class ParticipantTombstone
{
    public Guid ParticipantId { get; set; }
    public DateTimeOffset ErasedAt { get; set; }
    public Guid PurgeRunId { get; set; }
}

/// <summary>Anonymous financial-settlement row: no participant id, name or date of birth.</summary>
public sealed class FinancialSettlement
{
    public long Id { get; set; }
    public Guid PurgeRunId { get; set; }
    public int RegionId { get; set; }
    public Guid ProviderOrganisationId { get; set; }
    public ServiceType ServiceType { get; set; }
    /// <summary>"2022-K3".</summary>
    public required string Quarter { get; set; }
    public int Deliveries { get; set; }
    public decimal TotalAmount { get; set; }
}

public sealed class DestructionCertificate
{
    public Guid Id { get; set; } = Ids.New();
    public Guid PurgeRunId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    /// <summary>Counts per category, recipients to notify, settings: as JSON.</summary>
    public required string Content { get; set; }
}
