namespace RmtCases.Domain.Validation;

/// <summary>
/// The day a participant agreed to take part: within the regulation's life, not in the future, and when the
/// person was at least 15, the youngest age the mobility teams serve (<see cref="AgeRule"/>).
/// </summary>
public static class ConsentRule
{
    /// <summary>
    /// The Tijdelijke regeling aanvullende crisisdienstverlening COVID-19 that set up the mobility teams dates
    /// from 2021; nobody agreed to take part in a team before its first day.
    /// </summary>
    public static readonly DateOnly EarliestDate = new(2021, 1, 1);

    public const string DefaultField = "AgreedOn";

    public const string FutureMessage = "De datum van instemming kan niet in de toekomst liggen.";

    public const string BeforeRegulationMessage =
        "De datum van instemming kan niet vóór 2021 liggen: de regionale mobiliteitsteams bestaan sinds 2021.";

    public const string TooYoungMessage =
        "Op de datum van instemming was de deelnemer nog geen 15 jaar. Controleer de datum van instemming en de geboortedatum.";

    /// <param name="dateOfBirth">Null when the form's date of birth is missing or invalid: that field has its own message.</param>
    /// <param name="referenceDate">Usually today, passed in by the caller so that the rule stays testable.</param>
    public static ValidationResult Validate(DateOnly agreedOn, DateOnly? dateOfBirth, DateOnly referenceDate, string field = DefaultField)
    {
        if (agreedOn > referenceDate)
        {
            return ValidationResult.Failure(field, FutureMessage);
        }

        if (agreedOn < EarliestDate)
        {
            return ValidationResult.Failure(field, BeforeRegulationMessage);
        }

        return dateOfBirth is { } born && TooYoung(born, agreedOn)
            ? ValidationResult.Failure(field, TooYoungMessage)
            : ValidationResult.Success;
    }

    /// <summary>A corrected date of birth against the consent already recorded: the same rule, told at the date of birth.</summary>
    public static ValidationResult ValidateDateOfBirth(DateOnly dateOfBirth, DateOnly agreedOn, string field = AgeRule.DefaultField) =>
        TooYoung(dateOfBirth, agreedOn)
            ? ValidationResult.Failure(field, DateOfBirthAfterConsentMessage(agreedOn))
            : ValidationResult.Success;

    public static string DateOfBirthAfterConsentMessage(DateOnly agreedOn) =>
        $"Met deze geboortedatum was de deelnemer op de datum van instemming ({agreedOn:dd-MM-yyyy}) nog geen 15 jaar. Controleer de geboortedatum.";

    private static bool TooYoung(DateOnly dateOfBirth, DateOnly agreedOn) =>
        agreedOn < dateOfBirth || AgeRule.AgeOn(dateOfBirth, agreedOn) < AgeRule.MinimumAge;
}
