using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Tests.Validation;

public class EmailTests
{
    [Theory]
    [InlineData("naam@voorbeeld.nl", true)]
    [InlineData("j.de.vries+rmt@gemeente-utrecht.nl", true)]
    [InlineData("a@b.co", true)]
    [InlineData("info@sub.domein.example.org", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("naam", false)]
    [InlineData("naam@", false)]
    [InlineData("@voorbeeld.nl", false)]
    [InlineData("naam@voorbeeld", false)]
    [InlineData("naam@@voorbeeld.nl", false)]
    [InlineData("naam@werk@voorbeeld.nl", false)]
    [InlineData("naam @voorbeeld.nl", false)]
    [InlineData(" naam@voorbeeld.nl", false)]
    [InlineData("naam@voorbeeld.nl\t", false)]
    [InlineData("naam@.voorbeeld.nl", false)]
    [InlineData("naam@voorbeeld.nl.", false)]
    [InlineData("naam@voorbeeld..nl", false)]
    [InlineData("naam@-voorbeeld.nl", false)]
    public void Is_valid(string? input, bool expected)
    {
        Email.IsValid(input).Should().Be(expected);
    }

    [Theory]
    [InlineData(254, true)]
    [InlineData(255, false)]
    public void Is_at_most_254_characters(int length, bool expected)
    {
        var address = new string('a', length - "@voorbeeld.nl".Length) + "@voorbeeld.nl";

        Email.IsValid(address).Should().Be(expected);
    }
}
