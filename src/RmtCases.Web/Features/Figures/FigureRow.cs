namespace RmtCases.Web.Features.Figures;

public sealed record FigureRow(IReadOnlyList<string> Labels, IReadOnlyList<FigureCell> Cells, bool IsTotal = false);
