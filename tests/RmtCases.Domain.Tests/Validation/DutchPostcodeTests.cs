using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Tests.Validation;

public class DutchPostcodeTests
{
    [Theory]
    [InlineData("1234ab", "1234 AB")]
    [InlineData("1234 AB", "1234 AB")]
    [InlineData(" 1234  ab ", "1234 AB")]
    [InlineData("1234Ab", "1234 AB")]
    [InlineData("9999 ZZ", "9999 ZZ")]
    [InlineData("1000\tAA", "1000 AA")]
    [InlineData("3511 SB", "3511 SB")]
    public void Accepts_and_normalises(string input, string expected)
    {
        DutchPostcode.TryNormalise(input, out var normalised).Should().BeTrue();
        normalised.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0123 AB")]
    [InlineData("1234 SA")]
    [InlineData("1234 sd")]
    [InlineData("1234SS")]
    [InlineData("123 AB")]
    [InlineData("12345 AB")]
    [InlineData("1234 A")]
    [InlineData("1234 ABC")]
    [InlineData("1234")]
    [InlineData("AB 1234")]
    [InlineData("1234-AB")]
    [InlineData("1234 A1")]
    [InlineData("1234 ÄB")]
    [InlineData("١٢٣٤ AB")]
    public void Rejects(string? input)
    {
        DutchPostcode.TryNormalise(input, out var normalised).Should().BeFalse();
        normalised.Should().BeEmpty();
    }

    [Fact]
    public void Message_gives_an_example()
    {
        DutchPostcode.Message.Should().Be("Vul een geldige postcode in, bijvoorbeeld 1234 AB.");
    }
}
