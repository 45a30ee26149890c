using RmtCases.Domain.Retention;

namespace RmtCases.Web.Features.Retention;

/// <summary>How a run begins: <paramref name="Approved"/> runs exist already (prepared and approved), the others are created.</summary>
public sealed record PurgeStart(Guid RunId, PurgeKind Kind, bool Approved, bool Automatic, Guid? StartedByUserId, string Settings);
