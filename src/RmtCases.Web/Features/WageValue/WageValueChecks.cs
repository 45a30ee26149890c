using RmtCases.Domain.Validation;
using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Features.WageValue;

/// <summary>What this application counts as recorded, on top of <see cref="WageValueAssessmentRules"/>.</summary>
public static class WageValueChecks
{
    public const string ObservationMissingMessage = "Leg ten minste één observatiedatum vast: de loonwaarde wordt bepaald op de werkplek.";

    public const string ReviewOnFirstVersionMessage =
        "Een bezwaar of tweede oordeel leidt tot een nieuwe versie van de meting. Leg het vast in een correctie van de definitieve versie, niet in de eerste versie.";

    public const string ReviewIncompleteMessage =
        "Leg bij het bezwaar of het tweede oordeel ook de datum en de uitkomst vast.";

    public static AssessmentVersion AsVersion(this WageValueAssessment a) =>
        new(a.VersionNumber, a.Status != AssessmentStatus.Draft);

    /// <summary>When, how and what the worker said (or that they waived): together they show the worker was heard, not only told.</summary>
    public static bool WorkerInvolvementRecorded(WageValueAssessment a) =>
        a.WorkerInvolvedOn is not null && a.WorkerInvolvementChannel is not null
        && (!string.IsNullOrWhiteSpace(a.WorkerView) || a.WorkerViewOutcome == ViewOutcome.Waived);

    /// <summary>Besluit art. 3(3)(d): the opportunity (when, how) and what came of it; the same conversation as the involvement.</summary>
    public static bool WorkerViewRecorded(WageValueAssessment a) =>
        a.WorkerInvolvedOn is not null && a.WorkerInvolvementChannel is not null && a.WorkerViewOutcome is not null;

    public static bool EmployerViewRecorded(WageValueAssessment a) =>
        a.EmployerViewOn is not null && a.EmployerViewChannel is not null && a.EmployerViewOutcome is not null;

    public static bool NormFunctionRecorded(WageValueAssessment a) =>
        !string.IsNullOrWhiteSpace(a.NormFunctionName) && a.NormFunctionSource is not null;

    public static WorkingTime? WorkingTime(WageValueAssessment a) =>
        a is { HoursPerWeek: { } week, HoursPerWorkingDay: { } day } ? new WorkingTime(week, day) : null;

    public static bool EmployerInputRecorded(WageValueAssessment a) =>
        !string.IsNullOrWhiteSpace(a.EmployerInputBy) && a.EmployerInputOn is not null && !string.IsNullOrWhiteSpace(a.EmployerInputSummary);

    /// <summary>
    /// The domain's finalisation rules (AP z2020-12081: no final assessment without the worker's
    /// involvement), plus what the full report needs: observation dates and an argument per component.
    /// </summary>
    /// <param name="assessor">The finalising assessor's qualifications, null when none are recorded.</param>
    /// <param name="today">The Dutch calendar day.</param>
    public static ValidationResult ValidateFinalisation(WageValueAssessment a, AssessorQualification? assessor, DateOnly today)
    {
        var tasks = a.Tasks.OrderBy(t => t.Position).ToList();
        var facts = new FinalisationFacts(
            WorkerInvolvementRecorded(a), EmployerInputRecorded(a), WorkerViewRecorded(a), EmployerViewRecorded(a),
            NormFunctionRecorded(a), WorkingTime(a), assessor, today);
        var domain = WageValueAssessmentRules.ValidateFinalisation(a.AsVersion(), facts, WageValueForm.Measurements(tasks));
        if (a.Status != AssessmentStatus.Draft)
        {
            return domain;
        }

        var errors = new List<FieldError>();
        if (a.ObservationDates.Count == 0)
        {
            errors.Add(new FieldError("ObservationDates", ObservationMissingMessage));
        }

        // An objection or second opinion leads to a new version in the same series, with its date and outcome.
        if (a.ReviewKind is not null && a.VersionNumber == 1)
        {
            errors.Add(new FieldError("ReviewKind", ReviewOnFirstVersionMessage));
        }
        else if (a.ReviewKind is not null && (a.ReviewOn is null || a.ReviewResult is null))
        {
            errors.Add(new FieldError("ReviewKind", ReviewIncompleteMessage));
        }

        for (var i = 0; i < tasks.Count; i++)
        {
            var t = tasks[i];
            if (new[] { t.TempoArgumentation, t.QualityArgumentation, t.NetWorkingTimeArgumentation, t.ShareArgumentation }.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add(new FieldError($"Tasks[{i}]", $"Onderbouw bij taak {i + 1} ({t.Name}) elk onderdeel: tempo, kwaliteit, netto werktijd en aandeel in de werktijd."));
            }
        }

        return ValidationResult.Combine(domain, ValidationResult.Of(errors));
    }
}
