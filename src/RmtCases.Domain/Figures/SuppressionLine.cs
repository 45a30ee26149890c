namespace RmtCases.Domain.Figures;

/// <summary>A published total and the cells it adds up: total = Σ parts. Indexes into the grid's cells.</summary>
public sealed record SuppressionLine(int Total, IReadOnlyList<int> Parts);
