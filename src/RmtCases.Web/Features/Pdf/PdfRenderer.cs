using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

/// <summary>Renders a <see cref="PdfReport"/> as an A4 PDF.</summary>
public static class PdfRenderer
{
    private const string Producer = "RmtCases";

    /// <summary>
    /// The PDF bytes of <paramref name="report"/>. The document metadata holds only the producer and
    /// the creation time: no title, author or subject, which would name a person in plain sight.
    /// </summary>
    public static byte[] Render(PdfReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        using var theme = new PdfTheme(Codepoints(report));
        var pages = PdfLayout.Paginate(report.Blocks, theme);

        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Producer = Producer;
        metadata.Creation = DateTime.Now;

        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, metadata))
        using (var paint = new SKPaint { IsAntialias = true })
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(PdfTheme.PageWidth, PdfTheme.PageHeight);
                var footer = Footer(theme.Footer, report.FooterLeft, PageNumber(i + 1, pages.Count));
                foreach (var op in pages[i].Concat(footer))
                {
                    Draw(canvas, paint, op);
                }

                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }

    private static string PageNumber(int page, int pageCount) => $"pagina {page} van {pageCount}";

    /// <summary>Every character the document can draw, for the font subsets.</summary>
    private static HashSet<int> Codepoints(PdfReport report)
    {
        IEnumerable<string> texts = report.Blocks.SelectMany(block => block switch
        {
            PdfTitle title => [title.Text],
            PdfHeading heading => [heading.Text],
            PdfParagraph paragraph => [paragraph.Text],
            PdfKeyValues keyValues => keyValues.Items.SelectMany(item => new[] { item.Label, item.Value }),
            PdfTable table => table.Columns.Select(column => column.Header).Concat(table.Rows.SelectMany(row => row)),
            _ => [],
        });
        var codepoints = new HashSet<int> { ' ' };
        // A page number with all ten digits stands for every footer's "pagina x van y".
        foreach (var text in texts.Append(report.FooterLeft).Append(PageNumber(1234567890, 0)))
        {
            foreach (var rune in text.EnumerateRunes())
            {
                codepoints.Add(rune.Value);
            }
        }

        return codepoints;
    }

    private static void Draw(SKCanvas canvas, SKPaint paint, DrawOp op)
    {
        switch (op)
        {
            case TextOp text:
                paint.Style = SKPaintStyle.Fill;
                paint.Color = text.Style.Color;
                canvas.DrawText(text.Text, text.X, text.Baseline, text.Align, text.Style.Font, paint);
                break;
            case FillOp fill:
                paint.Style = SKPaintStyle.Fill;
                paint.Color = fill.Color;
                canvas.DrawRect(fill.Rect, paint);
                break;
            case RuleOp rule:
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = rule.Width;
                paint.Color = rule.Color;
                canvas.DrawLine(rule.Left, rule.Y, rule.Right, rule.Y, paint);
                break;
            default:
                throw new InvalidOperationException($"Unsupported draw operation {op.GetType().Name}.");
        }
    }

    private static DrawOp[] Footer(TextStyle style, string left, string right) =>
    [
        new RuleOp(PdfTheme.FooterRuleY, PdfTheme.ContentLeft, PdfTheme.ContentRight, 0.5f, PdfTheme.Rule),
        new TextOp(left, PdfTheme.ContentLeft, PdfTheme.FooterBaseline, style),
        new TextOp(right, PdfTheme.ContentRight, PdfTheme.FooterBaseline, style, SKTextAlign.Right),
    ];
}
