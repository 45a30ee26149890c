namespace RmtCases.Domain.Retention;

public sealed class DestructionCertificate
{
    public Guid Id { get; set; } = Ids.New();
    public Guid PurgeRunId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    /// <summary>Counts per category, recipients to notify, settings: as JSON.</summary>
    public required string Content { get; set; }
}
