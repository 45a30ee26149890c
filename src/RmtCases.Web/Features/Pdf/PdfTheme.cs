using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

/// <summary>A text style: font, colour, and the height of one line.</summary>
internal sealed record TextStyle(SKFont Font, SKColor Color, float LineHeight)
{
    /// <summary>The baseline of a line whose box starts at <paramref name="top"/>, centred in <paramref name="lineHeight"/>.</summary>
    public float Baseline(float top, float lineHeight)
    {
        var metrics = Font.Metrics;
        return top + (lineHeight - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
    }
}

/// <summary>
/// Page geometry, colours and text styles of an export. Owns the fonts of one document: one
/// typeface per weight (each typeface object is embedded as a font of its own), cut down to the
/// characters the document uses.
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

    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;
    private readonly List<SKFont> _fonts = [];

    public PdfTheme(IReadOnlySet<int> codepoints)
    {
        _regular = FontSubsetter.Subset(PdfFonts.RegularPath, codepoints);
        _bold = FontSubsetter.Subset(PdfFonts.BoldPath, codepoints);

        Title = Style(_bold, 20, Accent, 1.25f);
        Heading = Style(_bold, 13, Accent, 1.3f);
        Body = Style(_regular, 10, Text, 1.4f);
        Label = Style(_bold, 9.5f, Muted, 1.4f);
        TableHeader = Style(_bold, 9, Text, 1.3f);
        TableCell = Style(_regular, 9, Text, 1.3f);
        Footer = Style(_regular, 8, Muted, 1.2f);
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
        foreach (var font in _fonts)
        {
            font.Dispose();
        }

        _regular.Dispose();
        _bold.Dispose();
    }

    private TextStyle Style(SKTypeface typeface, float size, SKColor color, float leading)
    {
        // Unhinted, linear metrics: widths measured here are the widths the PDF viewer draws.
        var font = new SKFont(typeface, size) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
        _fonts.Add(font);
        return new TextStyle(font, color, size * leading);
    }
}
