namespace RmtCases.Domain.Exchange;

public enum ExportKind
{
    Exchange = 1,
    SubjectAccessReport = 2,
    WageValueFullReport = 3,
    WageValueReducedReport = 4,
}

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

/// <summary>An encrypted file waiting for its one download; kept in PostgreSQL so any instance can serve it.</summary>
public sealed class PendingDownload
{
    public Guid Id { get; set; } = Ids.New();
    public Guid UserId { get; set; }
    public Guid ExportRecordId { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
