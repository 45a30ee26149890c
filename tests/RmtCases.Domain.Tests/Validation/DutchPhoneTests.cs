using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Tests.Validation;

public class DutchPhoneTests
{
    [Theory]
    [InlineData("0612345678", "+31612345678")]
    [InlineData("06-12345678", "+31612345678")]
    [InlineData("06 1234 5678", "+31612345678")]
    [InlineData("06 12 34 56 78", "+31612345678")]
    [InlineData("+31 6 12345678", "+31612345678")]
    [InlineData("+31612345678", "+31612345678")]
    [InlineData("+31 (0)6 12345678", "+31612345678")]
    [InlineData("0031 6 12345678", "+31612345678")]
    [InlineData("0031612345678", "+31612345678")]
    [InlineData("020-1234567", "+31201234567")]
    [InlineData("020 123 4567", "+31201234567")]
    [InlineData("(020) 123 45 67", "+31201234567")]
    [InlineData("+31 20 123 4567", "+31201234567")]
    [InlineData("0575-123456", "+31575123456")]
    [InlineData("088.1234567", "+31881234567")]
    [InlineData("  0612345678  ", "+31612345678")]
    public void Accepts_dutch_numbers_and_gives_e164(string input, string expected)
    {
        DutchPhone.TryNormalise(input, out var normalised).Should().BeTrue();
        normalised.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("onbekend")]
    [InlineData("06-1234567")]
    [InlineData("061234567890")]
    [InlineData("612345678")]
    [InlineData("+32 2 123 45 67")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("0032 2 1234567")]
    [InlineData("0800-1234")]
    [InlineData("0900-1234567")]
    [InlineData("+31 06 12345678")]
    [InlineData("00 12345678")]
    [InlineData("06-1234567a")]
    [InlineData("06 1234 5678 toestel 12")]
    [InlineData("+31+612345678")]
    [InlineData("06#12345678")]
    [InlineData("٠٦١٢٣٤٥٦٧٨")]
    public void Rejects_garbage_and_foreign_numbers(string? input)
    {
        DutchPhone.TryNormalise(input, out var normalised).Should().BeFalse();
        normalised.Should().BeEmpty();
    }

    [Theory]
    [InlineData("+31612345678", "06 12345678")]
    [InlineData("+31 6 86565639", "06 86565639")]
    [InlineData("+31201234567", "020 123 4567")]
    [InlineData("+31881234567", "088 123 4567")]
    [InlineData("+31575123456", "0575 123456")]
    [InlineData("niet te lezen", "niet te lezen")]
    [InlineData(null, null)]
    [InlineData(" ", null)]
    public void Displays_every_writing_of_a_number_in_one_format(string? stored, string? shown)
    {
        DutchPhone.Display(stored).Should().Be(shown);
        if (shown is not null && DutchPhone.TryNormalise(stored, out var normalised))
        {
            DutchPhone.TryNormalise(shown, out var again).Should().BeTrue();
            again.Should().Be(normalised, "what the form shows saves as the same number");
        }
    }
}
