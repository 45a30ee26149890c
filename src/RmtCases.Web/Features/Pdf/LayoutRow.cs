using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// A row of a table or of key-value pairs as <see cref="PdfLayout"/> places it: its cells' lines share one line
/// height, so a row taller than the room left can be split between two lines.
/// </summary>
internal sealed record LayoutRow(IReadOnlyList<LayoutCell> Cells, SKColor? Fill, LayoutRule BottomRule)
{
    public float LineHeight => Cells.Max(cell => cell.Style.LineHeight);

    public float Height => Cells.Max(cell => cell.Lines.Count) * LineHeight + 2 * PdfTheme.CellPaddingY;

    public LayoutRow Take(int lines) =>
        this with { Cells = Cells.Select(cell => cell with { Lines = cell.Lines.Take(lines).ToList() }).ToList() };

    public LayoutRow Skip(int lines) =>
        this with { Cells = Cells.Select(cell => cell with { Lines = cell.Lines.Skip(lines).ToList() }).ToList() };

    /// <summary>What draws the row with its top at <paramref name="top"/>: the fill, the text, the rule at its bottom.</summary>
    public IEnumerable<DrawOp> OpsAt(float top)
    {
        var height = Height;
        if (Fill is { } fill)
        {
            yield return new FillOp(new SKRect(PdfTheme.ContentLeft, top, PdfTheme.ContentRight, top + height), fill);
        }

        foreach (var cell in Cells)
        {
            var lineTop = top + PdfTheme.CellPaddingY;
            foreach (var line in cell.Lines)
            {
                if (line.Length > 0)
                {
                    yield return new TextOp(line, cell.Left + PdfTheme.CellPaddingX, cell.Style.Baseline(lineTop, LineHeight), cell.Style);
                }

                lineTop += LineHeight;
            }
        }

        yield return new RuleOp(top + height, PdfTheme.ContentLeft, PdfTheme.ContentRight, BottomRule.Width, BottomRule.Color);
    }
}
