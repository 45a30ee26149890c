using RmtCases.Domain.Retention;

namespace RmtCases.Web.Features.Retention;

/// <summary>A run as it was closed, read back from its record: what its certificate and audit row state.</summary>
public sealed record ClosedRun(
    Guid Id, PurgeKind Kind, PurgeStatus Status, bool Automatic, Guid? StartedByUserId, DateTimeOffset StartedAt, DateTimeOffset FinishedAt,
    string Settings, PurgeTally Tally, DateTimeOffset? InterruptionFoundAt);
