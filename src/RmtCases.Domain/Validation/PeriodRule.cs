namespace RmtCases.Domain.Validation;

/// <summary>A period with a start and an optional end (none: still running).</summary>
public static class PeriodRule
{
    public const int DefaultMaxYearsAhead = 5;
    public const string DefaultStartField = "Start";
    public const string DefaultEndField = "End";

    public const string EndBeforeStartMessage = "De einddatum moet op of na de begindatum liggen.";

    public static string StartTooFarAheadMessage(int maxYearsAhead) =>
        $"De begindatum mag niet meer dan {maxYearsAhead} jaar in de toekomst liggen.";

    public static string TooFarAheadMessage(int maxYearsAhead) =>
        $"De einddatum mag niet meer dan {maxYearsAhead} jaar in de toekomst liggen.";

    /// <param name="referenceDate">Usually today, passed in by the caller so that the rule stays testable.</param>
    /// <param name="maxYearsAhead">How far the end may lie beyond <paramref name="referenceDate"/>; catches a mistyped year.</param>
    public static ValidationResult Validate(
        DateOnly start,
        DateOnly? end,
        DateOnly referenceDate,
        int maxYearsAhead = DefaultMaxYearsAhead,
        string startField = DefaultStartField,
        string endField = DefaultEndField)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxYearsAhead);

        var horizon = referenceDate.AddYears(maxYearsAhead);
        var errors = new List<FieldError>();

        // An open period is bounded by its start instead, or a start in 2205 would pass.
        if (start > horizon)
        {
            errors.Add(new FieldError(startField, StartTooFarAheadMessage(maxYearsAhead)));
        }

        if (end is { } endDate)
        {
            if (endDate < start)
            {
                errors.Add(new FieldError(endField, EndBeforeStartMessage));
            }
            else if (endDate > horizon)
            {
                errors.Add(new FieldError(endField, TooFarAheadMessage(maxYearsAhead)));
            }
        }

        return ValidationResult.Of(errors);
    }
}
