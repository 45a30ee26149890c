using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Features.WageValue;

/// <summary>The checked content of a posted form (<see cref="WageValueForm.Validate"/>), ready to apply to an entity.</summary>
public sealed record WageValueDraft(WageValueInput Input, IReadOnlyList<WageValueTask> Tasks)
{
    /// <summary>Writes the draft onto a (new or loaded) assessment; tasks are replaced as a whole.</summary>
    public void ApplyTo(WageValueAssessment a)
    {
        var input = Input;
        a.ParticipantId = input.ParticipantId;
        a.WorkerName = input.WorkerName!.Trim();
        a.WorkerDateOfBirth = input.WorkerDateOfBirth!.Value;
        a.WorkerIsProspective = input.WorkerIsProspective;
        a.EmployerName = input.EmployerName!.Trim();
        a.EmployerIsProspective = input.EmployerIsProspective;
        a.JobTitle = input.JobTitle!.Trim();
        a.ObservationDates = [.. input.ObservationDates.OfType<DateOnly>().Distinct().Order()];
        a.HoursPerWeek = WageValueNumbers.ParseHours(input.HoursPerWeek);
        a.HoursPerWorkingDay = WageValueNumbers.ParseHours(input.HoursPerWorkingDay);
        a.FullTimeHoursPerWeek = WageValueNumbers.ParseHours(input.FullTimeHoursPerWeek);
        a.NormFunctionName = TrimOrNull(input.NormFunctionName);
        a.NormFunctionSource = input.NormFunctionSource;
        a.EmployerInputBy = TrimOrNull(input.EmployerInputBy);
        a.EmployerInputOn = input.EmployerInputOn;
        a.EmployerInputSummary = TrimOrNull(input.EmployerInputSummary);
        a.WorkerInvolvedOn = input.WorkerInvolvedOn;
        a.WorkerInvolvementChannel = input.WorkerInvolvementChannel;
        a.WorkerView = TrimOrNull(input.WorkerView);
        a.WorkerViewOutcome = input.WorkerViewOutcome;
        a.EmployerViewOn = input.EmployerViewOn;
        a.EmployerViewChannel = input.EmployerViewChannel;
        a.EmployerViewOutcome = input.EmployerViewOutcome;
        a.ReviewKind = input.ReviewKind;
        a.ReviewOn = input.ReviewOn;
        a.ReviewOutcome = TrimOrNull(input.ReviewOutcome);
        a.ReviewResult = input.ReviewResult;
        a.Tasks.Clear();
        foreach (var task in Tasks)
        {
            task.AssessmentId = a.Id;
            a.Tasks.Add(task);
        }
    }

    private static string? TrimOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
