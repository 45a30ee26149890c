using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using RmtCases.Domain.Validation;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.WageValue;

/// <summary>Checks a posted form and writes it onto an assessment; every message Dutch, keyed to its field.</summary>
public static partial class WageValueForm
{
    public const string Prefix = "Input";
    private const int NameLength = 200;
    private const int TextLength = 4000;

    private static readonly (string Component, string Label)[] _components =
    [
        (nameof(TaskInput.Tempo), "het tempo (T)"),
        (nameof(TaskInput.Quality), "de kwaliteit (K)"),
        (nameof(TaskInput.NetWorkingTime), "de netto werktijd (N)"),
        (nameof(TaskInput.Share), "het aandeel in de werktijd (BT)"),
    ];

    /// <summary>Validates the form; null when ModelState has errors.</summary>
    public static WageValueDraft? Check(WageValueInput input, ModelStateDictionary modelState, TimeProvider time)
    {
        Required(modelState, input.WorkerName, nameof(input.WorkerName), "Vul de naam van de werknemer in.", NameLength);
        if (input.WorkerDateOfBirth is null)
        {
            modelState.AddModelError(Key(nameof(input.WorkerDateOfBirth)), "Vul de geboortedatum van de werknemer in.");
        }
        else if (input.WorkerDateOfBirth > time.TodayInNetherlands())
        {
            modelState.AddModelError(Key(nameof(input.WorkerDateOfBirth)), "De geboortedatum kan niet in de toekomst liggen.");
        }

        Required(modelState, input.EmployerName, nameof(input.EmployerName), "Vul de naam van de werkgever in.", NameLength);
        Required(modelState, input.JobTitle, nameof(input.JobTitle), "Vul de functie in.", NameLength);
        MaxLength(modelState, input.NormFunctionName, nameof(input.NormFunctionName), NameLength);
        var hoursPerWeek = Hours(modelState, input.HoursPerWeek, nameof(input.HoursPerWeek), "de werktijd per week");
        var hoursPerDay = Hours(modelState, input.HoursPerWorkingDay, nameof(input.HoursPerWorkingDay), "de werktijd per werkdag");
        var fullTime = Hours(modelState, input.FullTimeHoursPerWeek, nameof(input.FullTimeHoursPerWeek), "de voltijdsuren per week");
        if (fullTime is <= 0m or > MainTaskRule.MaximumHoursPerWeek)
        {
            modelState.AddModelError(Key(nameof(input.FullTimeHoursPerWeek)), "Vul de voltijdsuren van de normfunctie per week in: meer dan 0 en hoogstens 60, bijvoorbeeld 38.");
        }

        WorkingTime? workingTime = null;
        if (hoursPerWeek is not null || hoursPerDay is not null)
        {
            // Either may be typed alone in a draft; check what was typed against a valid stand-in for the other.
            var week = hoursPerWeek ?? MainTaskRule.MaximumHoursPerWeek;
            var check = MainTaskRule.ValidateWorkingTime(new WorkingTime(week, hoursPerDay ?? Math.Min(week, MainTaskRule.MaximumHoursPerWorkingDay)));
            AddErrors(modelState, ValidationResult.Of(check.Errors.Where(e =>
                (e.Field == MainTaskRule.HoursPerWeekField && hoursPerWeek is not null) || (e.Field == MainTaskRule.HoursPerWorkingDayField && hoursPerDay is not null))), []);
            if (hoursPerWeek is not null && hoursPerDay is not null)
            {
                workingTime = new WorkingTime(hoursPerWeek.Value, hoursPerDay.Value);
            }
        }

        MaxLength(modelState, input.EmployerInputBy, nameof(input.EmployerInputBy), NameLength);
        MaxLength(modelState, input.EmployerInputSummary, nameof(input.EmployerInputSummary), TextLength);
        MaxLength(modelState, input.WorkerView, nameof(input.WorkerView), TextLength);
        MaxLength(modelState, input.ReviewOutcome, nameof(input.ReviewOutcome), TextLength);

        var rows = new List<int>();
        var tasks = new List<WageValueTask>();
        var parsedAll = true;
        for (var row = 0; row < input.Tasks.Count; row++)
        {
            var task = input.Tasks[row];
            if (task.IsEmpty)
            {
                continue;
            }

            rows.Add(row);
            Required(modelState, task.Name, $"Tasks[{row}].{nameof(TaskInput.Name)}", $"Vul de naam van taak {row + 1} in.", NameLength);
            var values = new decimal[_components.Length];
            for (var c = 0; c < _components.Length; c++)
            {
                var (component, label) = _components[c];
                var text = component switch
                {
                    nameof(TaskInput.Tempo) => task.Tempo,
                    nameof(TaskInput.Quality) => task.Quality,
                    nameof(TaskInput.NetWorkingTime) => task.NetWorkingTime,
                    _ => task.Share,
                };
                if (!WageValueNumbers.TryParsePercentage(text, out values[c]))
                {
                    parsedAll = false;
                    modelState.AddModelError(
                        Key($"Tasks[{row}].{component}"),
                        string.IsNullOrWhiteSpace(text)
                            ? $"Vul bij taak {row + 1} {label} in, als percentage van 0 tot 100."
                            : $"Vul bij taak {row + 1} {label} in als getal, bijvoorbeeld 87,5.");
                }
            }

            foreach (var (field, value) in new[]
            {
                (nameof(TaskInput.TempoArgumentation), task.TempoArgumentation),
                (nameof(TaskInput.QualityArgumentation), task.QualityArgumentation),
                (nameof(TaskInput.NetWorkingTimeArgumentation), task.NetWorkingTimeArgumentation),
                (nameof(TaskInput.ShareArgumentation), task.ShareArgumentation),
            })
            {
                MaxLength(modelState, value, $"Tasks[{row}].{field}", TextLength);
            }

            tasks.Add(new WageValueTask
            {
                Position = tasks.Count + 1,
                Name = task.Name?.Trim() ?? "",
                Tempo = values[0],
                TempoArgumentation = Trim(task.TempoArgumentation),
                Quality = values[1],
                QualityArgumentation = Trim(task.QualityArgumentation),
                NetWorkingTime = values[2],
                NetWorkingTimeArgumentation = Trim(task.NetWorkingTimeArgumentation),
                Share = values[3],
                ShareArgumentation = Trim(task.ShareArgumentation),
            });
        }

        if (parsedAll)
        {
            AddErrors(modelState, WageValueCalculator.Validate(Measurements(tasks)), rows);

            // A draft may leave the working time open; once it is there, every task must be a main task.
            if (workingTime is not null && MainTaskRule.ValidateWorkingTime(workingTime).IsValid)
            {
                AddErrors(modelState, MainTaskRule.Validate(Measurements(tasks), workingTime), rows);
            }
        }
        else if (tasks.Count > WageValueCalculator.MaxTasks)
        {
            modelState.AddModelError(Key(WageValueCalculator.TasksField), WageValueCalculator.TaskCountMessage);
        }

        return modelState.IsValid ? new WageValueDraft(input, tasks) : null;
    }

    public static IReadOnlyList<Domain.WageValue.TaskMeasurement> Measurements(IEnumerable<WageValueTask> tasks) =>
        [.. tasks.OrderBy(t => t.Position).Select(t => new Domain.WageValue.TaskMeasurement(t.Tempo, t.Quality, t.NetWorkingTime, t.Share))];

    /// <summary>Writes a checked draft onto a (new or loaded) assessment; tasks are replaced as a whole.</summary>
    public static void Apply(WageValueDraft draft, WageValueAssessment a)
    {
        var input = draft.Input;
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
        foreach (var task in draft.Tasks)
        {
            task.AssessmentId = a.Id;
            a.Tasks.Add(task);
        }
    }

    /// <summary>
    /// Puts the calculator's errors on the form's fields. The calculator numbers the counted tasks;
    /// <paramref name="rows"/> maps them back to the form rows they were typed in.
    /// </summary>
    public static void AddErrors(ModelStateDictionary modelState, ValidationResult result, IReadOnlyList<int> rows)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Field;
            var match = TaskIndex().Match(field);
            if (match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var index) && index < rows.Count)
            {
                field = $"{WageValueCalculator.TasksField}[{rows[index]}]{field[match.Length..]}";
            }

            modelState.AddModelError(field.Length == 0 ? "" : Key(field), error.Message);
        }
    }

    private static string Key(string field) => $"{Prefix}.{field}";

    /// <summary>Hours as typed, "32" or "24,5"; null when empty, and an error when it is not a number of hours.</summary>
    private static decimal? Hours(ModelStateDictionary modelState, string? text, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (WageValueNumbers.ParseHours(text) is { } hours)
        {
            return hours;
        }

        modelState.AddModelError(Key(field), $"Vul {label} in als aantal uren, bijvoorbeeld 32 of 24,5.");
        return null;
    }

    private static void Required(ModelStateDictionary modelState, string? value, string field, string message, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            modelState.AddModelError(Key(field), message);
        }
        else
        {
            MaxLength(modelState, value, field, maxLength);
        }
    }

    private static void MaxLength(ModelStateDictionary modelState, string? value, string field, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            modelState.AddModelError(Key(field), $"Gebruik hoogstens {maxLength} tekens.");
        }
    }

    private static string Trim(string? value) => value?.Trim() ?? "";

    private static string? TrimOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^Tasks\[(\d+)\]")]
    private static partial Regex TaskIndex();
}
