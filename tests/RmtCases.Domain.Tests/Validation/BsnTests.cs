using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Tests.Validation;

public class BsnTests
{
    [Theory]
    [InlineData("111222333", true)]
    [InlineData("123456782", true)]
    [InlineData("999999990", true)]
    [InlineData("123456781", false)]
    [InlineData("111222334", false)]
    [InlineData("000000000", false)]
    [InlineData("12345678", false)]
    [InlineData("1234567820", false)]
    [InlineData("12345678a", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Is_valid_applies_the_eleven_test_to_nine_digits(string? bsn, bool expected)
    {
        Bsn.IsValid(bsn).Should().Be(expected);
    }

    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    [InlineData("BSN: 123456782.")]
    [InlineData("Het BSN is 111222333, geboren 12-03-1990.")]
    [InlineData("bsn123456782")]
    [InlineData("1234.56.782")]
    [InlineData("1234 56 782")]
    [InlineData("123.456.782")]
    [InlineData("123 456 782")]
    [InlineData("(123 456 782)")]
    [InlineData("123\u00A0456\u00A0782")]
    [InlineData("Huisnummer 12 123456782")]
    [InlineData("Eerste regel\n111222333\nderde regel")]
    [InlineData("telefoon 0612345678, bsn 1112.22.333")]
    public void Finds_a_bsn_in_its_common_writings(string text)
    {
        Bsn.ContainsBsn(text).Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Gesprek gehad met de werkgever over een proefplaatsing van drie maanden.")]
    // Nine digits that fail the eleven-test.
    [InlineData("123456781")]
    [InlineData("123.456.789")]
    [InlineData("000000000")]
    // Phone numbers; 0612345671 ends in nine digits that do pass the eleven-test.
    [InlineData("Bel 0612345678")]
    [InlineData("Bel 0612345671")]
    [InlineData("06-12345671")]
    [InlineData("06 1234 5671")]
    [InlineData("+31612345671")]
    [InlineData("+31 612 345 671")]
    [InlineData("0612 345 671")]
    [InlineData("0031 6 12345671")]
    // Postcodes, dates, amounts, IBAN, KvK.
    [InlineData("1234 AB Amsterdam")]
    [InlineData("Geboren 12-03-1990, gestart 2024-01-15")]
    [InlineData("20240115")]
    [InlineData("€ 1.234.567.806")]
    [InlineData("€ 123.456.782")]
    [InlineData("Subsidie 123.456.782,00")]
    [InlineData("1.123456782")]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("NL91 ABNA 0417 1643 00")]
    [InlineData("KvK 12345678")]
    [InlineData("Ten digits 1111222333")]
    [InlineData("12 345 678 2")]
    [InlineData("1234.56 782")]
    // Arabic-Indic digits are digits to \d, but no BSN is written in them.
    [InlineData("١٢٣٤٥٦٧٨٢")]
    public void Does_not_fire_on_other_numbers(string? text)
    {
        Bsn.ContainsBsn(text).Should().BeFalse();
    }
}
