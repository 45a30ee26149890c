using System.Text;
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

        report = Composed(report);
        using var theme = new PdfTheme(Texts(report));
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

    /// <summary>
    /// The report with every text in NFC: "e" + U+0301 is drawn and extracted as the one "é" a person typed,
    /// whether or not it was stored composed.
    /// </summary>
    private static PdfReport Composed(PdfReport report)
    {
        static string C(string text) => text.IsNormalized() ? text : text.Normalize();

        return new PdfReport(C(report.FooterLeft), report.Blocks.Select(block => block switch
        {
            PdfTitle title => new PdfTitle(C(title.Text)),
            PdfHeading heading => new PdfHeading(C(heading.Text)),
            PdfParagraph paragraph => new PdfParagraph(C(paragraph.Text)),
            PdfKeyValues keyValues => new PdfKeyValues(keyValues.Items.Select(item => new PdfKeyValue(C(item.Label), C(item.Value))).ToList()),
            PdfTable table => new PdfTable(
                table.Columns.Select(column => column with { Header = C(column.Header) }).ToList(),
                table.Rows.Select(row => (IReadOnlyList<string>)row.Select(C).ToList()).ToList()),
            _ => block,
        }).ToList());
    }

    /// <summary>Every text the document can draw, for the font subsets.</summary>
    private static List<string> Texts(PdfReport report)
    {
        var texts = report.Blocks.SelectMany(block => block switch
        {
            PdfTitle title => [title.Text],
            PdfHeading heading => [heading.Text],
            PdfParagraph paragraph => [paragraph.Text],
            PdfKeyValues keyValues => keyValues.Items.SelectMany(item => new[] { item.Label, item.Value }),
            PdfTable table => table.Columns.Select(column => column.Header).Concat(table.Rows.SelectMany(row => row)),
            _ => [],
        }).ToList();
        // A page number with all ten digits stands for every footer's "pagina x van y".
        texts.Add(report.FooterLeft);
        texts.Add(PageNumber(1234567890, 0));
        return texts;
    }

    private static void Draw(SKCanvas canvas, SKPaint paint, DrawOp op)
    {
        switch (op)
        {
            case TextOp text:
                paint.Style = SKPaintStyle.Fill;
                paint.Color = text.Style.Color;
                DrawText(canvas, paint, text);
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

    /// <summary>
    /// Draws shaped runs with their text and clusters, so the PDF carries what each glyph stands for (Skia writes
    /// /ActualText where a glyph is a joined Arabic form or a letter with its mark) and text extracts as typed.
    /// </summary>
    private static void DrawText(SKCanvas canvas, SKPaint paint, TextOp op)
    {
        var runs = op.Style.Fonts.Shape(op.Text, op.Style.Size);
        if (runs.Count == 0)
        {
            return;
        }

        var x = op.Align == SKTextAlign.Right ? op.X - runs.Sum(run => run.Width) : op.X;
        using var builder = new SKTextBlobBuilder();
        var pen = 0f;
        foreach (var run in runs)
        {
            var text = run.Text.AsSpan(run.Start, run.Length);
            var utf8 = Encoding.UTF8.GetBytes(text.ToArray());
            var buffer = builder.AllocateRawPositionedTextRun(run.Face.At(run.Size), run.Glyphs.Length, utf8.Length);
            run.Glyphs.CopyTo(buffer.Glyphs);
            utf8.CopyTo(buffer.Text);
            var positions = buffer.Positions;
            var clusters = buffer.Clusters;
            for (var i = 0; i < run.Glyphs.Length; i++)
            {
                positions[i] = new SKPoint(pen + run.X[i], run.Y[i]);
                // Skia wants each cluster as a byte offset into the run's UTF-8 text.
                clusters[i] = (uint)Encoding.UTF8.GetByteCount(text[..(run.Clusters[i] - run.Start)]);
            }

            pen += run.Width;
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, x, op.Baseline, paint);
        }
    }

    private static DrawOp[] Footer(TextStyle style, string left, string right) =>
    [
        new RuleOp(PdfTheme.FooterRuleY, PdfTheme.ContentLeft, PdfTheme.ContentRight, 0.5f, PdfTheme.Rule),
        new TextOp(left, PdfTheme.ContentLeft, PdfTheme.FooterBaseline, style),
        new TextOp(right, PdfTheme.ContentRight, PdfTheme.FooterBaseline, style, SKTextAlign.Right),
    ];
}
