namespace RmtCases.Domain.Exchange;

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
