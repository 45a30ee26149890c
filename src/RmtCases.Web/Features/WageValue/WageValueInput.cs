using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Features.WageValue;

/// <summary>
/// What the assessment form posts. Strings for the percentages: the binder's invariant culture would
/// read the Dutch "87,5" as 875, and a failed parse must come back exactly as typed.
/// Nullable strings throughout, so the framework adds no English "required" messages of its own.
/// </summary>
public sealed class WageValueInput
{
    public const int ObservationDateRows = 3;

    public Guid? ParticipantId { get; set; }

    /// <summary>The search for the worker among the region's participants (<see cref="WageValueWorkers"/>).</summary>
    public string? SearchSurname { get; set; }
    public DateOnly? SearchDateOfBirth { get; set; }

    /// <summary>The participants to choose from: the search's matches and the one already linked. Never posted.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<WorkerMatch> Matches { get; set; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool NothingFound { get; set; }
    public string? WorkerName { get; set; }
    public DateOnly? WorkerDateOfBirth { get; set; }
    public bool WorkerIsProspective { get; set; }
    public string? EmployerName { get; set; }
    public bool EmployerIsProspective { get; set; }
    public string? JobTitle { get; set; }
    public List<DateOnly?> ObservationDates { get; set; } = [];

    public string? HoursPerWeek { get; set; }
    public string? HoursPerWorkingDay { get; set; }
    public string? FullTimeHoursPerWeek { get; set; }
    public string? NormFunctionName { get; set; }
    public NormFunctionSource? NormFunctionSource { get; set; }

    public string? EmployerInputBy { get; set; }
    public DateOnly? EmployerInputOn { get; set; }
    public string? EmployerInputSummary { get; set; }

    public DateOnly? WorkerInvolvedOn { get; set; }
    public InvolvementChannel? WorkerInvolvementChannel { get; set; }
    public string? WorkerView { get; set; }
    public ViewOutcome? WorkerViewOutcome { get; set; }

    public DateOnly? EmployerViewOn { get; set; }
    public InvolvementChannel? EmployerViewChannel { get; set; }
    public ViewOutcome? EmployerViewOutcome { get; set; }

    public ReviewKind? ReviewKind { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public string? ReviewOutcome { get; set; }
    public ReviewResult? ReviewResult { get; set; }

    public List<TaskInput> Tasks { get; set; } = [];

    /// <summary>The xmin the form was read at; a save against a newer row is refused, not merged.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// Five task rows and three date fields, so the form works without JavaScript. Rows beyond five that
    /// were posted stay, so the "at most five" error shows next to what was typed.
    /// </summary>
    public WageValueInput Pad()
    {
        while (Tasks.Count < WageValueCalculator.MaxTasks)
        {
            Tasks.Add(new TaskInput());
        }

        while (ObservationDates.Count < ObservationDateRows)
        {
            ObservationDates.Add(null);
        }

        return this;
    }

    public static WageValueInput From(WageValueAssessment a) => new WageValueInput
    {
        ParticipantId = a.ParticipantId,
        WorkerName = a.WorkerName,
        WorkerDateOfBirth = a.WorkerDateOfBirth,
        WorkerIsProspective = a.WorkerIsProspective,
        EmployerName = a.EmployerName,
        EmployerIsProspective = a.EmployerIsProspective,
        JobTitle = a.JobTitle,
        ObservationDates = [.. a.ObservationDates.Select(d => (DateOnly?)d)],
        HoursPerWeek = a.HoursPerWeek is { } week ? WageValueText.Number(week) : null,
        HoursPerWorkingDay = a.HoursPerWorkingDay is { } day ? WageValueText.Number(day) : null,
        FullTimeHoursPerWeek = a.FullTimeHoursPerWeek is { } full ? WageValueText.Number(full) : null,
        NormFunctionName = a.NormFunctionName,
        NormFunctionSource = a.NormFunctionSource,
        EmployerInputBy = a.EmployerInputBy,
        EmployerInputOn = a.EmployerInputOn,
        EmployerInputSummary = a.EmployerInputSummary,
        WorkerInvolvedOn = a.WorkerInvolvedOn,
        WorkerInvolvementChannel = a.WorkerInvolvementChannel,
        WorkerView = a.WorkerView,
        WorkerViewOutcome = a.WorkerViewOutcome,
        EmployerViewOn = a.EmployerViewOn,
        EmployerViewChannel = a.EmployerViewChannel,
        EmployerViewOutcome = a.EmployerViewOutcome,
        ReviewKind = a.ReviewKind,
        ReviewOn = a.ReviewOn,
        ReviewOutcome = a.ReviewOutcome,
        ReviewResult = a.ReviewResult,
        Tasks = [.. a.Tasks.OrderBy(t => t.Position).Select(TaskInput.From)],
        Version = a.Version,
    }.Pad();
}
