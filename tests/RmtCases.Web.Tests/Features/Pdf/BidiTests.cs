using FluentAssertions;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Tests.Features.Pdf;

public class BidiTests
{
    // Levels as digits, one per UTF-16 unit: 0 left to right, 1 right to left, 2 a left-to-right number or word inside right to left.
    [Theory]
    [InlineData("Jan", "000")]
    [InlineData("דוד", "111")]
    [InlineData("فاطمة", "11111")]
    [InlineData("Jan דוד", "0000111")]
    [InlineData("Jan דוד לוי", "00001111111")]
    [InlineData("Jan דוד 12", "0000111122")]   // N1: a number counts as right to left for the space before it
    [InlineData("דוד 12", "111122")]
    [InlineData("דוד Jan", "1111222")]
    [InlineData("(דוד)", "11111")]   // P2: the first strong letter makes the line right to left
    [InlineData("Jan 12", "000000")]
    [InlineData("12", "00")]
    [InlineData("", "")]
    public void Levels_follow_the_implicit_bidi_rules(string text, string expected)
    {
        string.Concat(Bidi.Levels(text).Select(level => level.ToString(System.Globalization.CultureInfo.InvariantCulture))).Should().Be(expected);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("1", "0")]
    [InlineData("0 1", "0 1")]
    [InlineData("1 1", "1 0")]
    [InlineData("0 1 1 0", "0 2 1 3")]
    [InlineData("1 2 1", "2 1 0")]
    [InlineData("0 1 2 1 0", "0 3 2 1 4")]
    public void Runs_are_put_in_visual_order(string levels, string expected)
    {
        var runLevels = levels.Split(' ').Select(byte.Parse).ToList();

        string.Join(' ', Bidi.VisualOrder(runLevels)).Should().Be(expected);
    }
}
