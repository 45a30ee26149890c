using RmtCases.Domain.Validation;

namespace RmtCases.Domain.WageValue;

/// <summary>
/// When a wage-value assessment may be finalised, edited or corrected.
/// A finalised version is a record of what was decided and sent; it is never changed, a
/// correction is a new version in the same series, so every earlier report stays reproducible.
/// </summary>
public static class WageValueAssessmentRules
{
    public const string WorkerInvolvementField = "WorkerInvolvement";
    public const string EmployerInputField = "EmployerInput";

    /// <summary>ModelState key for errors about the assessment as a whole (add to the page summary).</summary>
    public const string AssessmentField = "";

    public const string WorkerInvolvementMissingMessage =
        "Leg eerst vast hoe de werknemer bij de loonwaardemeting is betrokken. Zonder die betrokkenheid kan de meting niet definitief worden.";

    public const string EmployerInputMissingMessage =
        "Leg eerst de inbreng van de werkgever vast. Zonder die inbreng kan de meting niet definitief worden.";

    public const string ReadOnlyMessage =
        "Deze loonwaardemeting is definitief en kan niet meer worden gewijzigd. Maak een correctie; die krijgt een nieuw versienummer.";

    public const string CorrectDraftMessage =
        "Dit is nog een concept; u kunt het gewoon wijzigen. Een correctie is alleen nodig voor een definitieve versie.";

    public static bool IsReadOnly(AssessmentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.IsFinalised;
    }

    public static ValidationResult ValidateEdit(AssessmentVersion version) =>
        IsReadOnly(version) ? ValidationResult.Failure(AssessmentField, ReadOnlyMessage) : ValidationResult.Success;

    /// <summary>
    /// Whether a draft may be finalised: it must be a draft, the worker's involvement and the
    /// employer's input must be recorded, and the measurement itself must be valid.
    /// </summary>
    /// <param name="workerInvolvementRecorded">The app decides what counts as recorded (a date, how, the worker's view).</param>
    /// <param name="employerInputRecorded">The app decides what counts as recorded (who, when, a summary).</param>
    public static ValidationResult ValidateFinalisation(
        AssessmentVersion version,
        bool workerInvolvementRecorded,
        bool employerInputRecorded,
        IReadOnlyList<TaskMeasurement> tasks)
    {
        var edit = ValidateEdit(version);
        if (!edit.IsValid)
        {
            return edit;
        }

        var errors = new List<FieldError>();

        // AP z2020-12081: the worker's involvement is recorded alongside the employer's input,
        // and an assessment is not final without it.
        if (!workerInvolvementRecorded)
        {
            errors.Add(new FieldError(WorkerInvolvementField, WorkerInvolvementMissingMessage));
        }

        if (!employerInputRecorded)
        {
            errors.Add(new FieldError(EmployerInputField, EmployerInputMissingMessage));
        }

        return ValidationResult.Combine(ValidationResult.Of(errors), WageValueCalculator.Validate(tasks));
    }

    /// <summary>
    /// Whether <paramref name="toCorrect"/> may be corrected: only the latest finalised version,
    /// and only while no correction of the series is still in draft.
    /// </summary>
    public static ValidationResult ValidateCorrection(AssessmentVersion toCorrect, IReadOnlyCollection<AssessmentVersion> series)
    {
        ArgumentNullException.ThrowIfNull(toCorrect);
        ArgumentNullException.ThrowIfNull(series);
        if (!toCorrect.IsFinalised)
        {
            return ValidationResult.Failure(AssessmentField, CorrectDraftMessage);
        }

        var openDraft = series.Where(v => !v.IsFinalised).MinBy(v => v.VersionNumber);
        if (openDraft is not null)
        {
            return ValidationResult.Failure(
                AssessmentField,
                $"Er is al een correctie in behandeling (versie {openDraft.VersionNumber}). Werk die bij of rond die eerst af.");
        }

        var latestFinal = series.Where(v => v.IsFinalised).Append(toCorrect).Max(v => v.VersionNumber);
        if (toCorrect.VersionNumber != latestFinal)
        {
            return ValidationResult.Failure(
                AssessmentField,
                $"Versie {toCorrect.VersionNumber} is niet de laatste definitieve versie. Corrigeer versie {latestFinal}.");
        }

        return ValidationResult.Success;
    }

    /// <summary>The version number of a new correction: one above the highest in the series, 1 for a new series.</summary>
    public static int NextVersionNumber(IReadOnlyCollection<AssessmentVersion> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Count == 0 ? 1 : series.Max(v => v.VersionNumber) + 1;
    }
}
