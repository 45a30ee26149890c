namespace RmtCases.Web.Features.Retention;

/// <summary>What one batch erased: rows per table, and exports per recipient organisation of the people in it.</summary>
public sealed record PurgeBatch(IReadOnlyDictionary<string, long> Rows, IReadOnlyDictionary<Guid, long> Recipients);
