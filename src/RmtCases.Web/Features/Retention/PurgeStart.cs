using RmtCases.Domain.Retention;

namespace RmtCases.Web.Features.Retention;

/// <summary>
/// How a run begins: <paramref name="Approved"/> runs exist already (prepared and approved), the others are created.
/// <paramref name="OnceSince"/>: the daily purge, which does not start when an automatic run of its kind completed
/// since then; asked under the lock, so of several instances exactly one runs it.
/// </summary>
public sealed record PurgeStart(Guid RunId, PurgeKind Kind, bool Approved, bool Automatic, Guid? StartedByUserId, string Settings, DateTimeOffset? OnceSince = null);
