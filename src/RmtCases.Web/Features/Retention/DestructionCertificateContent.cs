namespace RmtCases.Web.Features.Retention;

/// <summary>
/// What a destruction certificate states, stored as JSON. <see cref="InterruptionFoundAt"/> is set when the run's
/// process died and a later run (or the retention page) found it: <see cref="FinishedAt"/> is then the last
/// committed batch, and the counts are what the committed batches recorded.
/// </summary>
public sealed record DestructionCertificateContent(
    Guid RunId, string Status, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, bool Automatic, Guid? StartedByUserId,
    PurgeSettings Settings, IReadOnlyDictionary<string, long> PerCategory, IReadOnlyDictionary<string, long> PerTable,
    IReadOnlyList<RecipientNotice> Recipients, int Batches = 0, DateTimeOffset? InterruptionFoundAt = null);
