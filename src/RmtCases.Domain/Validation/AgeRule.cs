namespace RmtCases.Domain.Validation;

/// <summary>
/// The ages the mobility teams serve, 15 to 75: outside that range a date of birth is almost
/// certainly mistyped.
/// </summary>
public static class AgeRule
{
    public const int MinimumAge = 15;
    public const int MaximumAge = 75;
    public const string DefaultField = "DateOfBirth";

    public const string FutureMessage = "De geboortedatum kan niet in de toekomst liggen.";

    /// <summary>Age in whole years on <paramref name="referenceDate"/>.</summary>
    /// <remarks>
    /// Compares month and day, so someone born on 29 February turns a year older on 1 March in
    /// a common year. The choice matters only on that one day at the edges of the range.
    /// </remarks>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly referenceDate)
    {
        var age = referenceDate.Year - dateOfBirth.Year;
        return (referenceDate.Month, referenceDate.Day).CompareTo((dateOfBirth.Month, dateOfBirth.Day)) < 0 ? age - 1 : age;
    }

    /// <param name="referenceDate">Usually today, passed in by the caller so that the rule stays testable.</param>
    public static ValidationResult Validate(DateOnly dateOfBirth, DateOnly referenceDate, string field = DefaultField)
    {
        if (dateOfBirth > referenceDate)
        {
            return ValidationResult.Failure(field, FutureMessage);
        }

        var age = AgeOn(dateOfBirth, referenceDate);
        return age is >= MinimumAge and <= MaximumAge
            ? ValidationResult.Success
            : ValidationResult.Failure(field, OutOfRangeMessage(age));
    }

    public static string OutOfRangeMessage(int age) =>
        $"De leeftijd moet tussen {MinimumAge} en {MaximumAge} jaar liggen; met deze geboortedatum is die {age} jaar. Controleer de geboortedatum.";
}
