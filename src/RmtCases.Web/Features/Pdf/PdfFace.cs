using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// One font of one document: the subset that Skia embeds and the same bytes as a HarfBuzz font to shape with, so
/// the glyph numbers HarfBuzz gives are the glyph numbers of the embedded font.
/// </summary>
internal sealed class PdfFace : IDisposable
{
    private readonly Dictionary<float, SKFont> _fonts = [];

    public PdfFace(FontFile file, byte[] subset)
    {
        File = file;
        using (var data = SKData.CreateCopy(subset))
        {
            Typeface = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"SkiaSharp cannot load the subset of {file.Path}.");
        }

        Shaping = new TextShaper.Font(subset);
    }

    public FontFile File { get; }

    public SKTypeface Typeface { get; }

    public TextShaper.Font Shaping { get; }

    /// <summary>The Skia font at <paramref name="size"/> points, one per size for the whole document.</summary>
    public SKFont At(float size)
    {
        if (!_fonts.TryGetValue(size, out var font))
        {
            // Unhinted, linear metrics: widths measured here are the widths the PDF viewer draws.
            font = new SKFont(Typeface, size) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
            _fonts.Add(size, font);
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        Shaping.Dispose();
        Typeface.Dispose();
    }
}
