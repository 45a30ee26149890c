using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// Page geometry, colours and text styles of an export. Owns the fonts of one document: one
/// typeface per font file (each typeface object is embedded as a font of its own), cut down to the
/// characters the document uses; fallback fonts only when the document has characters the main font lacks.
/// </summary>
internal sealed class PdfTheme : IDisposable
{
    public const float PageWidth = 595;
    public const float PageHeight = 842;
    public const float ContentLeft = 50;
    public const float ContentRight = PageWidth - 50;
    public const float ContentWidth = ContentRight - ContentLeft;
    public const float ContentTop = 50;
    public const float ContentBottom = PageHeight - 72;
    public const float FooterRuleY = PageHeight - 56;
    public const float FooterBaseline = PageHeight - 42;
    public const float CellPaddingX = 4;
    public const float CellPaddingY = 3;
    public const float KeyLabelWidth = 170;

    // Rijkshuisstijl dark blue for titles and the table header's underline; neutral greys elsewhere.
    public static readonly SKColor Accent = new(0x15, 0x42, 0x73);
    public static readonly SKColor Text = new(0x1A, 0x1A, 0x1A);
    public static readonly SKColor Muted = new(0x4A, 0x4A, 0x4A);
    public static readonly SKColor HeaderFill = new(0xE3, 0xEA, 0xF1);
    public static readonly SKColor Rule = new(0xC4, 0xCB, 0xD3);

    private readonly List<PdfFace> _faces = [];

    /// <param name="texts">Every text the document draws, for the font subsets.</param>
    public PdfTheme(IReadOnlyCollection<string> texts)
    {
        // One face per font file for the whole document, shared by both weights where a fallback has one weight:
        // each face is embedded once (PDF-FACTS).
        var regularPlan = FontChain.Plan(PdfFonts.Regular, texts);
        var boldPlan = FontChain.Plan(PdfFonts.Bold, texts);
        var faces = new Dictionary<FontFile, PdfFace>();
        foreach (var (file, codepoints) in regularPlan.Concat(boldPlan).GroupBy(p => p.Key, p => p.Value)
                     .Select(g => (g.Key, g.SelectMany(set => set).ToHashSet())))
        {
            var face = new PdfFace(file, FontSubsetter.Subset(file, codepoints));
            _faces.Add(face);
            faces.Add(file, face);
        }

        var regular = new FontChain(PdfFonts.Regular, faces);
        var bold = new FontChain(PdfFonts.Bold, faces);
        Title = new TextStyle(bold, 20, Accent, 20 * 1.25f);
        Heading = new TextStyle(bold, 13, Accent, 13 * 1.3f);
        Body = new TextStyle(regular, 10, Text, 10 * 1.4f);
        Label = new TextStyle(bold, 9.5f, Muted, 9.5f * 1.4f);
        TableHeader = new TextStyle(bold, 9, Text, 9 * 1.3f);
        TableCell = new TextStyle(regular, 9, Text, 9 * 1.3f);
        Footer = new TextStyle(regular, 8, Muted, 8 * 1.2f);
    }

    public TextStyle Title { get; }
    public TextStyle Heading { get; }
    public TextStyle Body { get; }
    public TextStyle Label { get; }
    public TextStyle TableHeader { get; }
    public TextStyle TableCell { get; }
    public TextStyle Footer { get; }

    public void Dispose()
    {
        foreach (var face in _faces)
        {
            face.Dispose();
        }
    }
}
