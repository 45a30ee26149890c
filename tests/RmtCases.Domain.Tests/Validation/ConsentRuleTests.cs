using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Tests.Validation;

public class ConsentRuleTests
{
    private static readonly DateOnly _today = Table.Date("2026-12-01");

    [Theory]
    [InlineData("2026-11-30", null, "")]
    [InlineData("2026-12-01", null, "")]
    [InlineData("2026-12-02", null, ConsentRule.FutureMessage)]
    [InlineData("2020-12-31", null, ConsentRule.BeforeRegulationMessage)]
    [InlineData("2021-01-01", null, "")]
    [InlineData("2021-01-02", null, "")]
    [InlineData("2024-06-14", "2009-06-15", ConsentRule.TooYoungMessage)]   // the day before the 15th birthday
    [InlineData("2024-06-15", "2009-06-15", "")]                            // the 15th birthday
    [InlineData("2024-06-16", "2009-06-15", "")]
    [InlineData("2023-02-28", "2008-02-29", ConsentRule.TooYoungMessage)]   // born on 29 February: 15 on 1 March in a common year
    [InlineData("2023-03-01", "2008-02-29", "")]
    [InlineData("2022-01-01", "2030-01-01", ConsentRule.TooYoungMessage)]   // born after the consent
    [InlineData("2021-09-01", "1980-05-17", "")]
    public void Consent_lies_between_2021_or_the_15th_birthday_and_today(string agreedOn, string? dateOfBirth, string expected)
    {
        var result = ConsentRule.Validate(
            Table.Date(agreedOn), dateOfBirth is null ? null : Table.Date(dateOfBirth), _today, "Participation.AgreedOn");

        result.Errors.Should().Equal(expected.Length == 0 ? [] : [new FieldError("Participation.AgreedOn", expected)]);
    }

    [Theory]
    [InlineData("2006-09-01", "2021-09-01", true)]    // 15 on the day of consent
    [InlineData("2006-09-02", "2021-09-01", false)]   // 15 the day after
    [InlineData("1980-05-17", "2021-09-01", true)]
    public void A_corrected_date_of_birth_must_fit_the_recorded_consent(string dateOfBirth, string agreedOn, bool valid)
    {
        var result = ConsentRule.ValidateDateOfBirth(Table.Date(dateOfBirth), Table.Date(agreedOn), "Person.DateOfBirth");

        result.Errors.Should().Equal(valid ? [] : [new FieldError("Person.DateOfBirth",
            "Met deze geboortedatum was de deelnemer op de datum van instemming (01-09-2021) nog geen 15 jaar. Controleer de geboortedatum.")]);
    }
}
