namespace RmtCases.Domain.Retention;

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
