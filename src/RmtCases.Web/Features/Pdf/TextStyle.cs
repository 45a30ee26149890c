using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

/// <summary>A text style: fonts and size, colour, and the height of one line.</summary>
internal sealed record TextStyle(FontChain Fonts, float Size, SKColor Color, float LineHeight)
{
    /// <summary>The main font at this size, whose metrics place the lines.</summary>
    public SKFont Font => Fonts.Main.At(Size);

    public float Measure(string text) => Fonts.Measure(text, Size);

    /// <summary>The baseline of a line whose box starts at <paramref name="top"/>, centred in <paramref name="lineHeight"/>.</summary>
    public float Baseline(float top, float lineHeight)
    {
        var metrics = Font.Metrics;
        return top + (lineHeight - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
    }
}
