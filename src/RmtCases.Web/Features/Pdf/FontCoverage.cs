using System.Collections.Concurrent;
using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// Which characters a whole font file has, asked of the file once per character and remembered for the process:
/// choosing a font for every character of a long export would otherwise ask FreeType tens of thousands of times.
/// </summary>
internal sealed class FontCoverage
{
    private const byte Unknown = 0, Yes = 1, No = 2;

    private static readonly ConcurrentDictionary<FontFile, FontCoverage> Files = new();

    private readonly SKTypeface _typeface;

    // One state per character of the Basic Multilingual Plane; a race writes the same answer twice.
    private readonly byte[] _basic = new byte[0x10000];
    private readonly ConcurrentDictionary<int, bool> _supplementary = new();

    private FontCoverage(FontFile file) =>
        _typeface = SKTypeface.FromFile(file.Path, file.Index) ?? throw new InvalidOperationException($"Cannot read the font file {file.Path}.");

    public static FontCoverage Of(FontFile file) => Files.GetOrAdd(file, static f => new FontCoverage(f));

    public bool Has(int codepoint)
    {
        if (codepoint >= 0x10000)
        {
            return _supplementary.GetOrAdd(codepoint, _typeface.ContainsGlyph);
        }

        var state = _basic[codepoint];
        if (state == Unknown)
        {
            state = _typeface.ContainsGlyph(codepoint) ? Yes : No;
            _basic[codepoint] = state;
        }

        return state == Yes;
    }
}
