using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Tests.Validation;

public class MoneyTests
{
    [Theory]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1234,56", "1234.56")]
    [InlineData("1234.56", "1234.56")]
    [InlineData("1234", "1234")]
    [InlineData("0", "0")]
    [InlineData("0,5", "0.5")]
    [InlineData("12.5", "12.5")]
    [InlineData("0.500", "0.5")]
    [InlineData("1.234", "1234")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("1 234,56", "1234.56")]
    [InlineData("€ 1.234,56", "1234.56")]
    [InlineData("€1234,56", "1234.56")]
    [InlineData("€\u00A025,00", "25")]
    [InlineData("EUR 25", "25")]
    [InlineData("25,-", "25")]
    [InlineData("€ 1.250,-", "1250")]
    [InlineData("-12,50", "-12.5")]
    [InlineData("€ -12,50", "-12.5")]
    [InlineData("1,234", "1.234")]
    public void Parses_dutch_and_plain_notation(string input, string expected)
    {
        Money.TryParse(input, out var amount).Should().BeTrue();
        amount.Should().Be(Table.Dec(expected));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("twaalf")]
    [InlineData("12a")]
    [InlineData("1,2,3")]
    [InlineData("1.2.3")]
    [InlineData("1.23.456,00")]
    [InlineData("12.34,56")]
    [InlineData("0.123,45")]
    [InlineData("1234,")]
    [InlineData(",50")]
    [InlineData("--5")]
    [InlineData("-")]
    [InlineData("€")]
    [InlineData("12 €")]
    [InlineData("1e5")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("١٢٣٤")]
    public void Rejects_what_is_not_an_amount(string? input)
    {
        Money.TryParse(input, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("1.234,56", "1234.56", "")]
    [InlineData("0", "0", "")]
    [InlineData("0,10", "0.1", "")]
    [InlineData("", null, "Vul een bedrag in.")]
    [InlineData("twaalf", null, "Vul een bedrag in euro's in, bijvoorbeeld 1.234,56.")]
    [InlineData("-12,50", null, "Het bedrag kan niet negatief zijn.")]
    [InlineData("12,505", null, "Een bedrag heeft hoogstens twee cijfers achter de komma.")]
    [InlineData("1,234", null, "Een bedrag heeft hoogstens twee cijfers achter de komma.")]
    public void Validates_typed_input_in_dutch(string input, string? expectedAmount, string expectedMessage)
    {
        var result = Money.Validate(input, out var amount, "Input.Amount");

        result.Errors.Select(e => e.Message).Should().Equal(expectedMessage.Length == 0 ? [] : [expectedMessage]);
        result.Errors.Where(e => e.Field != "Input.Amount").Should().BeEmpty();
        if (expectedAmount is not null)
        {
            amount.Should().Be(Table.Dec(expectedAmount));
        }
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("1234.56", true)]
    [InlineData("1234.560", true)]
    [InlineData("1234.561", false)]
    [InlineData("-0.01", false)]
    public void Validates_amounts(string amount, bool valid)
    {
        Money.Validate(Table.Dec(amount)).IsValid.Should().Be(valid);
    }
}
