using RmtCases.Domain.Figures;

namespace RmtCases.Web.Features.Figures;

/// <param name="Number">The value, or null when suppressed: nothing downstream can print what is not there.</param>
public sealed record FigureCell(string Text, decimal? Number, CellShown Shown, bool IsMoney = false);
