using System.Text.RegularExpressions;
using RmtCases.Domain.Validation;

namespace RmtCases.Domain.WageValue;

/// <summary>
/// When the college may set a loonwaarde. Besluit loonkostensubsidie Participatiewet 2021, art. 3(2): the
/// college sets it in writing on the basis of the report; art. 3(4): the assessor is independent, so the
/// person who sets it is not the assessor who made the report.
/// </summary>
public static partial class WageValueDecisionRules
{
    public const string DecidedOnField = "DecidedOn";
    public const string ReferenceField = "Reference";
    public const string PercentageField = "Percentage";
    public const string EffectiveFromField = "EffectiveFrom";
    public const string NextAssessmentOnField = "NextAssessmentOn";

    public const string NotFinalMessage =
        "Alleen een definitieve meting die nog niet is vastgesteld of vervangen kan worden vastgesteld (art. 3, tweede lid, Besluit loonkostensubsidie Participatiewet 2021).";

    public const string SameAssessorMessage =
        "U hebt deze meting zelf gemaakt of definitief gemaakt. Een andere medewerker van de gemeente stelt de loonwaarde vast, zodat de loonwaardedeskundige onafhankelijk blijft (art. 3, vierde lid, Besluit loonkostensubsidie Participatiewet 2021).";

    public const string DecidedOnMissingMessage = "Vul de datum van het besluit in.";
    public const string DecidedOnFutureMessage = "De datum van het besluit kan niet in de toekomst liggen.";
    public const string DecidedOnBeforeReportMessage = "Het besluit kan niet eerder zijn genomen dan de rapportage definitief was.";
    public const string ReferenceMessage = "Vul het kenmerk van het besluit in: letters, cijfers, punten, schuine strepen of streepjes, hoogstens 40 tekens.";
    public const string PercentageMissingMessage = "Vul de vastgestelde loonwaarde in, in hele procenten.";
    public const string EffectiveFromMissingMessage = "Vul de ingangsdatum van de loonwaarde in.";
    public const string NextAssessmentMissingMessage = "Vul de datum van de volgende loonwaardemeting in.";
    public const string NextAssessmentOrderMessage = "De volgende loonwaardemeting ligt na de ingangsdatum.";

    public static string PercentageMismatchMessage(int reported) =>
        $"De loonwaarde wordt vastgesteld op basis van de rapportage: {reported}%. Wijkt het besluit daarvan af, dan is eerst een correctie van de meting nodig (art. 3, tweede lid, Besluit loonkostensubsidie Participatiewet 2021).";

    /// <summary>Whether this version may be set by this person at all, before anything is typed.</summary>
    /// <param name="status">The assessment version's status.</param>
    /// <param name="alreadyDecided">Whether this version was set before.</param>
    /// <param name="deciderIsAssessor">Whether the caseworker created or finalised the assessment.</param>
    public static ValidationResult ValidateDecider(AssessmentStatus status, bool alreadyDecided, bool deciderIsAssessor)
    {
        if (status != AssessmentStatus.Final || alreadyDecided)
        {
            return ValidationResult.Failure("", NotFinalMessage);
        }

        return deciderIsAssessor ? ValidationResult.Failure("", SameAssessorMessage) : ValidationResult.Success;
    }

    /// <param name="decision">What the caseworker typed.</param>
    /// <param name="status">The assessment version's status.</param>
    /// <param name="alreadyDecided">Whether this version was set before.</param>
    /// <param name="reportedPercentage">The report's loonwaarde in whole percents.</param>
    /// <param name="finalisedOn">The Dutch day the report was finalised.</param>
    /// <param name="deciderIsAssessor">Whether the caseworker created or finalised the assessment.</param>
    /// <param name="today">The Dutch calendar day.</param>
    public static ValidationResult Validate(
        WageValueDecision decision, AssessmentStatus status, bool alreadyDecided, int reportedPercentage,
        DateOnly finalisedOn, bool deciderIsAssessor, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var decider = ValidateDecider(status, alreadyDecided, deciderIsAssessor);
        if (!decider.IsValid)
        {
            return decider;
        }

        var errors = new List<FieldError>();
        if (decision.DecidedOn is not { } on)
        {
            errors.Add(new FieldError(DecidedOnField, DecidedOnMissingMessage));
        }
        else if (on > today)
        {
            errors.Add(new FieldError(DecidedOnField, DecidedOnFutureMessage));
        }
        else if (on < finalisedOn)
        {
            errors.Add(new FieldError(DecidedOnField, DecidedOnBeforeReportMessage));
        }

        if (string.IsNullOrWhiteSpace(decision.Reference) || !ReferencePattern().IsMatch(decision.Reference.Trim()))
        {
            errors.Add(new FieldError(ReferenceField, ReferenceMessage));
        }

        if (decision.Percentage is not { } percentage)
        {
            errors.Add(new FieldError(PercentageField, PercentageMissingMessage));
        }
        else if (percentage != reportedPercentage)
        {
            errors.Add(new FieldError(PercentageField, PercentageMismatchMessage(reportedPercentage)));
        }

        if (decision.EffectiveFrom is null)
        {
            errors.Add(new FieldError(EffectiveFromField, EffectiveFromMissingMessage));
        }

        if (decision.NextAssessmentOn is not { } next)
        {
            errors.Add(new FieldError(NextAssessmentOnField, NextAssessmentMissingMessage));
        }
        else if (decision.EffectiveFrom is { } from && next <= from)
        {
            errors.Add(new FieldError(NextAssessmentOnField, NextAssessmentOrderMessage));
        }

        return ValidationResult.Of(errors);
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$")]
    private static partial Regex ReferencePattern();
}
