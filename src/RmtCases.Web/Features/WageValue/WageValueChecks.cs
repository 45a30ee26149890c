using RmtCases.Domain.Validation;
using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Features.WageValue;

/// <summary>What this application counts as recorded, on top of <see cref="WageValueAssessmentRules"/>.</summary>
public static class WageValueChecks
{
    public const string ObservationMissingMessage = "Leg ten minste één observatiedatum vast: de loonwaarde wordt bepaald op de werkplek.";

    public static AssessmentVersion AsVersion(this WageValueAssessment a) =>
        new(a.VersionNumber, a.Status != AssessmentStatus.Draft);

    /// <summary>When, how and what the worker said: together they show the worker was heard, not only told.</summary>
    public static bool WorkerInvolvementRecorded(WageValueAssessment a) =>
        a.WorkerInvolvedOn is not null && a.WorkerInvolvementChannel is not null && !string.IsNullOrWhiteSpace(a.WorkerView);

    public static bool EmployerInputRecorded(WageValueAssessment a) =>
        !string.IsNullOrWhiteSpace(a.EmployerInputBy) && a.EmployerInputOn is not null && !string.IsNullOrWhiteSpace(a.EmployerInputSummary);

    /// <summary>
    /// The domain's finalisation rules (AP z2020-12081: no final assessment without the worker's
    /// involvement), plus what the full report needs: observation dates and an argument per component.
    /// </summary>
    public static ValidationResult ValidateFinalisation(WageValueAssessment a)
    {
        var tasks = a.Tasks.OrderBy(t => t.Position).ToList();
        var domain = WageValueAssessmentRules.ValidateFinalisation(
            a.AsVersion(), WorkerInvolvementRecorded(a), EmployerInputRecorded(a), WageValueForm.Measurements(tasks));
        if (a.Status != AssessmentStatus.Draft)
        {
            return domain;
        }

        var errors = new List<FieldError>();
        if (a.ObservationDates.Count == 0)
        {
            errors.Add(new FieldError("ObservationDates", ObservationMissingMessage));
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
