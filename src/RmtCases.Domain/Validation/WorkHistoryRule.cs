namespace RmtCases.Domain.Validation;

/// <summary>
/// A job in the work history (category c): it has started, so not in the future, and not before the person
/// was 15, the youngest age the teams serve (<see cref="AgeRule"/>); an earlier start is a mistyped date. The
/// end follows <see cref="PeriodRule"/>: a job still running may have a planned end ahead.
/// </summary>
public static class WorkHistoryRule
{
    public const string FutureStartMessage = "De begindatum kan niet in de toekomst liggen: het arbeidsverleden gaat over werk dat al begonnen is.";

    public const string TooYoungMessage =
        "Op de begindatum was de deelnemer nog geen 15 jaar. Controleer de begindatum.";

    /// <param name="dateOfBirth">The participant's stored date of birth.</param>
    /// <param name="referenceDate">Usually today, passed in by the caller so that the rule stays testable.</param>
    public static ValidationResult Validate(
        DateOnly start,
        DateOnly? end,
        DateOnly dateOfBirth,
        DateOnly referenceDate,
        string startField = PeriodRule.DefaultStartField,
        string endField = PeriodRule.DefaultEndField)
    {
        var errors = new List<FieldError>();
        if (start > referenceDate)
        {
            errors.Add(new FieldError(startField, FutureStartMessage));
        }
        else if (start < dateOfBirth || AgeRule.AgeOn(dateOfBirth, start) < AgeRule.MinimumAge)
        {
            errors.Add(new FieldError(startField, TooYoungMessage));
        }

        // The period rule's own start check (five years ahead) is covered by the stricter one above.
        errors.AddRange(PeriodRule.Validate(start, end, referenceDate, startField: startField, endField: endField)
            .Errors.Where(e => e.Field == endField));
        return ValidationResult.Of(errors);
    }
}
