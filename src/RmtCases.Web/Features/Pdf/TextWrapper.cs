using System.Globalization;
using System.Text;

namespace RmtCases.Web.Features.Pdf;

/// <summary>Greedy word wrap on shaped widths.</summary>
internal static class TextWrapper
{
    /// <summary>
    /// The lines of <paramref name="text"/> no wider than <paramref name="width"/> in <paramref name="style"/>; at
    /// least one (possibly empty) line. Line breaks in the text are kept; a word wider than a line is cut between
    /// two characters, never inside a letter with its marks.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, TextStyle style, float width)
    {
        var lines = new List<string>();
        var spaceWidth = style.Measure(" ");
        foreach (var paragraph in Sanitize(text).Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0f;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = style.Measure(word);
                if (line.Length > 0 && lineWidth + spaceWidth + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += spaceWidth + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                var rest = word;
                while (wordWidth > width)
                {
                    var fits = Fitting(rest, style, width);
                    lines.Add(rest[..fits]);
                    rest = rest[fits..];
                    wordWidth = style.Measure(rest);
                }

                line.Append(rest);
                lineWidth = wordWidth;
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>How many UTF-16 units of <paramref name="word"/> fit in <paramref name="width"/>: whole clusters, at least one.</summary>
    private static int Fitting(string word, TextStyle style, float width)
    {
        var boundaries = StringInfo.ParseCombiningCharacters(word);
        var fits = boundaries.Length > 1 ? boundaries[1] : word.Length;
        for (var i = 2; i <= boundaries.Length; i++)
        {
            var end = i < boundaries.Length ? boundaries[i] : word.Length;
            if (style.Measure(word[..end]) > width)
            {
                break;
            }

            fits = end;
        }

        return fits;
    }

    // Tabs and other control characters have no glyph; they would print as boxes.
    private static string Sanitize(string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        return string.Create(normalized.Length, normalized, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] != '\n' && char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
    }
}
