namespace RmtCases.Web.Features.Pdf;

/// <summary>A cell of a <see cref="LayoutRow"/>: its left edge, its style, and its text already wrapped to its width.</summary>
internal sealed record LayoutCell(float Left, TextStyle Style, IReadOnlyList<string> Lines);
