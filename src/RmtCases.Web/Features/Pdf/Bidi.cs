using System.Globalization;
using System.Text;

namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// Embedding levels for one line of plain text, after the Unicode Bidirectional Algorithm (UAX #9) without
/// explicit embeddings: names and addresses cannot hold those (the PlainText rule refuses them), so the
/// paragraph level (rules P2–P3), the weak and neutral types (W1, W7, N1–N2) and the implicit levels (I1–I2)
/// are all a line needs. .NET has no bidi API; this covers the strong right-to-left scripts by block.
/// </summary>
internal static class Bidi
{
    private enum Kind { Left, Right, Number, Neutral, Mark }

    /// <summary>One level per UTF-16 unit of <paramref name="text"/>; odd is right to left.</summary>
    public static byte[] Levels(string text)
    {
        var kinds = new Kind[text.Length];
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var kind = KindOf(rune);
            for (var j = 0; j < rune.Utf16SequenceLength; j++)
            {
                kinds[i + j] = kind;
            }

            i += rune.Utf16SequenceLength;
        }

        var paragraphRtl = Array.FindIndex(kinds, k => k is Kind.Left or Kind.Right) is var first and >= 0 && kinds[first] == Kind.Right;
        var paragraph = paragraphRtl ? Kind.Right : Kind.Left;

        // W1: a combining mark takes the type of what it combines with.
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.Mark)
            {
                kinds[i] = i == 0 ? Kind.Neutral : kinds[i - 1];
            }
        }

        // W7: a number after left-to-right text (or at the start of a left-to-right line) is left to right.
        var lastStrong = paragraph;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is Kind.Left or Kind.Right)
            {
                lastStrong = kinds[i];
            }
            else if (kinds[i] == Kind.Number && lastStrong == Kind.Left)
            {
                kinds[i] = Kind.Left;
            }
        }

        // N1–N2: neutrals between two of the same direction take it (numbers count as right to left), else the paragraph's.
        for (var i = 0; i < kinds.Length;)
        {
            if (kinds[i] != Kind.Neutral)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.Neutral)
            {
                end++;
            }

            var before = i == 0 ? paragraph : Direction(kinds[i - 1]);
            var after = end == kinds.Length ? paragraph : Direction(kinds[end]);
            var resolved = before == after ? before : paragraph;
            Array.Fill(kinds, resolved, i, end - i);
            i = end;
        }

        // I1–I2.
        var levels = new byte[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            levels[i] = (paragraphRtl, kinds[i]) switch
            {
                (false, Kind.Left) => 0,
                (false, Kind.Right) => 1,
                (false, _) => 2,
                (true, Kind.Right) => 1,
                (true, _) => 2,
            };
        }

        return levels;
    }

    /// <summary>
    /// The visual order of runs with the given levels (rule L2): from the highest level down to the lowest odd
    /// one, every sequence at that level or higher is reversed.
    /// </summary>
    public static int[] VisualOrder(IReadOnlyList<byte> runLevels)
    {
        var order = Enumerable.Range(0, runLevels.Count).ToArray();
        if (runLevels.Count == 0)
        {
            return order;
        }

        var highest = runLevels.Max();
        var lowestOdd = runLevels.Where(l => l % 2 == 1).DefaultIfEmpty((byte)(highest + 1)).Min();
        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (runLevels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < order.Length && runLevels[order[end]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                i = end;
            }
        }

        return order;
    }

    private static Kind Direction(Kind kind) => kind == Kind.Left ? Kind.Left : Kind.Right;

    private static Kind KindOf(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return Kind.Mark;
        }

        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            return Kind.Number;
        }

        var isLetter = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.SpacingCombiningMark;
        if (!isLetter)
        {
            return Kind.Neutral;
        }

        return IsRightToLeftBlock(rune.Value) ? Kind.Right : Kind.Left;
    }

    // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their supplements and presentation forms, and the
    // historic right-to-left scripts of the supplementary planes.
    private static bool IsRightToLeftBlock(int c) =>
        c is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFE)
            or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF);
}
