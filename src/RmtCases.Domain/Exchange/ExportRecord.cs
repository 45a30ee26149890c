namespace RmtCases.Domain.Exchange;

/// <summary>
/// What left the system, to whom and why. The file itself is not kept; its SHA-256 is.
/// The participant link is cleared when the participant is erased.
/// </summary>
public sealed class ExportRecord
{
    public Guid Id { get; set; } = Ids.New();
    public required string Reference { get; set; }
    public ExportKind Kind { get; set; }
    public Guid SenderUserId { get; set; }
    public Guid SenderOrganisationId { get; set; }
    public Guid RecipientOrganisationId { get; set; }
    public Guid? ParticipantId { get; set; }
    public Guid? WageValueAssessmentId { get; set; }
    public int RegionId { get; set; }
    public required string Purpose { get; set; }
    /// <summary>Category letters, e.g. "abf".</summary>
    public required string Categories { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string Sha256 { get; set; }
    public long SizeBytes { get; set; }
}
