namespace RmtCases.Web.Features.Figures;

/// <param name="Values">One per category; null where the table suppresses the cell.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<FigureCell> Values);
