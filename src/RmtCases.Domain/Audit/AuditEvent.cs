namespace RmtCases.Domain.Audit;

/// <summary>
/// One row of the access log (in the spirit of NEN 7513). Ids, never values of personal data.
/// Time, sequence and hash chain are set by the database on insert.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public long ChainSequence { get; set; }
    public Guid? UserId { get; set; }
    public Guid? OrganisationId { get; set; }
    public string? OrganisationType { get; set; }
    public string? Role { get; set; }
    public required string Action { get; set; }
    public Guid? ParticipantId { get; set; }
    public Guid? SubjectId { get; set; }
    public string? Categories { get; set; }
    public string? Fields { get; set; }
    public string? Purpose { get; set; }
    public string? CorrelationId { get; set; }
    public string? ClientIp { get; set; }
    public required string Outcome { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
}
