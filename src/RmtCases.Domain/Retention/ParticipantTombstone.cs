namespace RmtCases.Domain.Retention;

/// <summary>What remains of an erased participant: the id, so the audit trail's ids stay explained.</summary>
public sealed class ParticipantTombstone
{
    public Guid ParticipantId { get; set; }
    public DateTimeOffset ErasedAt { get; set; }
    public Guid PurgeRunId { get; set; }
}
