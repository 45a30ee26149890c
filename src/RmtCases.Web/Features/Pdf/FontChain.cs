using System.Globalization;
using System.Text;

namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// One weight's fonts in one document: the main font and the fallbacks the document needs, each character
/// cluster drawn in the first font that has all of it. Shapes lines into runs of one font and one direction.
/// </summary>
internal sealed class FontChain
{
    private readonly IReadOnlyList<FontFile> _files;
    private readonly FontCoverage[] _coverage;
    private readonly IReadOnlyDictionary<FontFile, PdfFace> _faces;
    private readonly Dictionary<(string, float), float> _widths = [];

    public FontChain(IReadOnlyList<FontFile> files, IReadOnlyDictionary<FontFile, PdfFace> faces)
    {
        _files = files;
        _coverage = files.Select(FontCoverage.Of).ToArray();
        _faces = faces;
    }

    public PdfFace Main => _faces[_files[0]];

    /// <summary>
    /// Which font files the texts need and, per file, the characters to keep in its subset. A cluster is drawn in
    /// the first font that has it, or in the font before it (<see cref="Choose"/>), which depends on where a line
    /// starts; so every used font that has a cluster keeps it.
    /// </summary>
    public static Dictionary<FontFile, HashSet<int>> Plan(IReadOnlyList<FontFile> files, IEnumerable<string> texts)
    {
        var coverage = files.Select(FontCoverage.Of).ToArray();
        var clusters = new HashSet<string>(StringComparer.Ordinal);
        var used = new HashSet<int> { 0 };
        foreach (var text in texts)
        {
            if (IsSimple(coverage[0], text))
            {
                // Every character its own cluster, each in the main font (Choose gives 0 for every one of them).
                foreach (var c in text)
                {
                    clusters.Add(_single[c]);
                }

                continue;
            }

            var previous = -1;
            foreach (var cluster in Clusters(text))
            {
                if (clusters.Add(cluster))
                {
                    used.Add(Choose(coverage, cluster, -1));
                }

                previous = Choose(coverage, cluster, previous);
                used.Add(previous);
            }
        }

        var plan = used.ToDictionary(i => files[i], _ => new HashSet<int> { ' ' });
        foreach (var cluster in clusters)
        {
            foreach (var i in used.Where(i => Covers(coverage[i], cluster)))
            {
                foreach (var rune in cluster.EnumerateRunes())
                {
                    plan[files[i]].Add(rune.Value);
                }
            }
        }

        return plan;
    }

    /// <summary>The width of <paramref name="text"/> as one line at <paramref name="size"/> points.</summary>
    public float Measure(string text, float size)
    {
        // Word wrap measures every word, and tables repeat their words.
        if (!_widths.TryGetValue((text, size), out var width))
        {
            width = Shape(text, size).Sum(run => run.Width);
            _widths.Add((text, size), width);
        }

        return width;
    }

    /// <summary>The runs of one line, in visual order from left to right.</summary>
    public IReadOnlyList<ShapedRun> Shape(string text, float size)
    {
        if (text.Length == 0)
        {
            return [];
        }

        if (IsSimple(_coverage[0], text))
        {
            return [TextShaper.Shape(Main, text, 0, text.Length, rightToLeft: false, size)];
        }

        var levels = Bidi.Levels(text);
        var pieces = new List<(int Start, int Length, FontFile File, byte Level)>();
        var previous = -1;
        var index = 0;
        foreach (var cluster in Clusters(text))
        {
            var chosen = Choose(_coverage, cluster, previous);
            if (!_faces.ContainsKey(_files[chosen]))
            {
                chosen = 0;
            }

            var file = _files[chosen];

            var level = levels[index];
            if (pieces.Count > 0 && pieces[^1].File == file && pieces[^1].Level == level)
            {
                pieces[^1] = pieces[^1] with { Length = pieces[^1].Length + cluster.Length };
            }
            else
            {
                pieces.Add((index, cluster.Length, file, level));
            }

            previous = chosen;
            index += cluster.Length;
        }

        var order = Bidi.VisualOrder(pieces.Select(p => p.Level).ToList());
        return order.Select(i => pieces[i])
            .Select(p => TextShaper.Shape(_faces[p.File], text, p.Start, p.Length, p.Level % 2 == 1, size))
            .ToList();
    }

    // Below the combining marks (U+0300) every character is a cluster of its own and none is right to left.
    private const char SimpleBelow = '\u0300';

    private static readonly string[] _single = Enumerable.Range(0, SimpleBelow).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>
    /// Whether the text is Latin the main font has in full, the texts of nearly every export: one run in the main
    /// font, left to right, which is what clusters, bidi levels and the font choice come to for it, without their
    /// cost per character (a third of rendering a large case file).
    /// </summary>
    private static bool IsSimple(FontCoverage main, string text)
    {
        foreach (var c in text)
        {
            if (c >= SimpleBelow || !main.Has(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>User-perceived characters: a letter with its marks, an emoji with its modifiers.</summary>
    private static IEnumerable<string> Clusters(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }

    /// <summary>
    /// The first font with every character of the cluster; spaces, digits and punctuation stay in the font before
    /// them when it has them, so a name in Arabic is one run, not words with Latin spaces between them.
    /// </summary>
    private static int Choose(FontCoverage[] files, string cluster, int previous)
    {
        if (previous >= 0 && !cluster.EnumerateRunes().Any(IsLetterOrMark) && Covers(files[previous], cluster))
        {
            return previous;
        }

        for (var i = 0; i < files.Length; i++)
        {
            if (Covers(files[i], cluster))
            {
                return i;
            }
        }

        return 0;
    }

    private static bool Covers(FontCoverage file, string cluster)
    {
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (!IsDefaultIgnorable(rune) && !file.Has(rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetterOrMark(Rune rune) =>
        Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Joiners and variation selectors have no glyph of their own: HarfBuzz hides them.
    private static bool IsDefaultIgnorable(Rune rune) =>
        rune.Value is 0x200C or 0x200D or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);
}
