using System.Text;
using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

/// <summary>Greedy word wrap on measured glyph advances.</summary>
internal static class TextWrapper
{
    /// <summary>
    /// The lines of <paramref name="text"/> no wider than <paramref name="width"/>; at least one
    /// (possibly empty) line. Line breaks in the text are kept; a word wider than a line is cut.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var spaceWidth = font.MeasureText(" ");
        foreach (var paragraph in Sanitize(text).Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0f;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = font.MeasureText(word);
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
                    var fits = Math.Max(1, font.BreakText(rest, width));
                    lines.Add(rest[..fits]);
                    rest = rest[fits..];
                    wordWidth = font.MeasureText(rest);
                }

                line.Append(rest);
                lineWidth = wordWidth;
            }

            lines.Add(line.ToString());
        }

        return lines;
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
