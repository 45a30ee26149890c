using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Tests.Validation;

public class AgeRuleTests
{
    [Theory]
    [InlineData("2000-06-15", "2025-06-14", 24)]
    [InlineData("2000-06-15", "2025-06-15", 25)]
    [InlineData("2000-06-15", "2025-12-31", 25)]
    [InlineData("2000-02-29", "2025-02-28", 24)]
    [InlineData("2000-02-29", "2025-03-01", 25)]
    [InlineData("2000-02-29", "2024-02-29", 24)]
    [InlineData("2025-01-01", "2025-01-01", 0)]
    public void Age_counts_whole_years(string dateOfBirth, string referenceDate, int expected)
    {
        AgeRule.AgeOn(Table.Date(dateOfBirth), Table.Date(referenceDate)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2010-06-15", "2025-06-15", true)]   // 15 today
    [InlineData("2010-06-16", "2025-06-15", false)]  // 15 tomorrow
    [InlineData("1949-06-16", "2025-06-15", true)]   // 75, turns 76 tomorrow
    [InlineData("1949-06-15", "2025-06-15", false)]  // 76 today
    [InlineData("1985-01-01", "2025-06-15", true)]
    public void Accepts_ages_from_15_to_75(string dateOfBirth, string referenceDate, bool valid)
    {
        AgeRule.Validate(Table.Date(dateOfBirth), Table.Date(referenceDate)).IsValid.Should().Be(valid);
    }

    [Theory]
    [InlineData("2012-01-01", "De leeftijd moet tussen 15 en 75 jaar liggen; met deze geboortedatum is die 13 jaar. Controleer de geboortedatum.")]
    [InlineData("1925-01-01", "De leeftijd moet tussen 15 en 75 jaar liggen; met deze geboortedatum is die 100 jaar. Controleer de geboortedatum.")]
    [InlineData("2025-06-16", "De geboortedatum kan niet in de toekomst liggen.")]
    public void Explains_in_dutch(string dateOfBirth, string message)
    {
        var result = AgeRule.Validate(Table.Date(dateOfBirth), Table.Date("2025-06-15"), "Input.DateOfBirth");

        result.Errors.Should().ContainSingle().Which.Should().Be(new FieldError("Input.DateOfBirth", message));
    }
}
