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
    public const string WorkerViewField = "WorkerView";
    public const string EmployerViewField = "EmployerView";
    public const string NormFunctionField = "NormFunction";

    public const string WorkerViewMissingMessage =
        "Leg de zienswijze van de werknemer vast: wanneer en hoe de werknemer in de gelegenheid is gesteld en wat de uitkomst was, ook als de werknemer heeft afgezien (art. 3, derde lid, onderdeel d, Besluit loonkostensubsidie Participatiewet 2021).";

    public const string EmployerViewMissingMessage =
        "Leg de zienswijze van de werkgever vast: wanneer en hoe de werkgever in de gelegenheid is gesteld en wat de uitkomst was, ook als de werkgever heeft afgezien (art. 3, derde lid, onderdeel d, Besluit loonkostensubsidie Participatiewet 2021).";

    public const string NormFunctionMissingMessage =
        "Leg de normfunctie vast, met de bron waaruit zij komt (art. 3, derde lid, onderdeel a, Besluit loonkostensubsidie Participatiewet 2021).";

    public const string WorkingTimeMissingMessage =
        "Leg de werktijd per week en per werkdag vast: daarmee wordt getoetst of elke taak een hoofdtaak is (art. 1 Besluit loonkostensubsidie Participatiewet 2021).";

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
    /// employer's input must be recorded, both views, the normfunctie and the working time, the
    /// assessor must be qualified, and the measurement itself must be valid.
    /// </summary>
    public static ValidationResult ValidateFinalisation(AssessmentVersion version, FinalisationFacts facts, IReadOnlyList<TaskMeasurement> tasks)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var edit = ValidateEdit(version);
        if (!edit.IsValid)
        {
            return edit;
        }

        var errors = new List<FieldError>();

        // AP z2020-12081: the worker's involvement is recorded alongside the employer's input,
        // and an assessment is not final without it.
        if (!facts.WorkerInvolvementRecorded)
        {
            errors.Add(new FieldError(WorkerInvolvementField, WorkerInvolvementMissingMessage));
        }

        if (!facts.EmployerInputRecorded)
        {
            errors.Add(new FieldError(EmployerInputField, EmployerInputMissingMessage));
        }

        // Besluit loonkostensubsidie Participatiewet 2021, art. 3(3)(d): findings are recorded after
        // both the worker and the employer had the opportunity to give their view.
        if (!facts.WorkerViewRecorded)
        {
            errors.Add(new FieldError(WorkerViewField, WorkerViewMissingMessage));
        }

        if (!facts.EmployerViewRecorded)
        {
            errors.Add(new FieldError(EmployerViewField, EmployerViewMissingMessage));
        }

        // Art. 3(3)(a): the assessor determines the normfunctie.
        if (!facts.NormFunctionRecorded)
        {
            errors.Add(new FieldError(NormFunctionField, NormFunctionMissingMessage));
        }

        var time = facts.WorkingTime is null
            ? ValidationResult.Failure(MainTaskRule.HoursPerWeekField, WorkingTimeMissingMessage)
            : MainTaskRule.Validate(tasks, facts.WorkingTime);

        return ValidationResult.Combine(
            ValidationResult.Of(errors),
            WageValueCalculator.Validate(tasks),
            time,
            AssessorQualificationRule.Check(facts.Assessor, facts.Today));
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
