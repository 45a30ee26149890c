using System.Globalization;
using System.Text.RegularExpressions;
using RmtCases.Domain.Validation;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Forms;

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

    /// <summary>Checks the form, keyed to the fields under <see cref="Prefix"/>; null when it has errors.</summary>
    public static WageValueDraft? Validate(WageValueInput input, FormRules.Errors errors, DateOnly today)
    {
        Required(errors, input.WorkerName, nameof(input.WorkerName), "Vul de naam van de werknemer in.", NameLength);
        if (input.WorkerDateOfBirth is null)
        {
            errors.Add(nameof(input.WorkerDateOfBirth), "Vul de geboortedatum van de werknemer in.");
        }
        else if (input.WorkerDateOfBirth > today)
        {
            errors.Add(nameof(input.WorkerDateOfBirth), "De geboortedatum kan niet in de toekomst liggen.");
        }

        Required(errors, input.EmployerName, nameof(input.EmployerName), "Vul de naam van de werkgever in.", NameLength);
        Required(errors, input.JobTitle, nameof(input.JobTitle), "Vul de functie in.", NameLength);
        MaxLength(errors, input.NormFunctionName, nameof(input.NormFunctionName), NameLength);
        var hoursPerWeek = Hours(errors, input.HoursPerWeek, nameof(input.HoursPerWeek), "de werktijd per week");
        var hoursPerDay = Hours(errors, input.HoursPerWorkingDay, nameof(input.HoursPerWorkingDay), "de werktijd per werkdag");
        var fullTime = Hours(errors, input.FullTimeHoursPerWeek, nameof(input.FullTimeHoursPerWeek), "de voltijdsuren per week");
        if (fullTime is <= 0m or > MainTaskRule.MaximumHoursPerWeek)
        {
            errors.Add(nameof(input.FullTimeHoursPerWeek), "Vul de voltijdsuren van de normfunctie per week in: meer dan 0 en hoogstens 60, bijvoorbeeld 38.");
        }

        WorkingTime? workingTime = null;
        if (hoursPerWeek is not null || hoursPerDay is not null)
        {
            // Either may be typed alone in a draft; check what was typed against a valid stand-in for the other.
            var week = hoursPerWeek ?? MainTaskRule.MaximumHoursPerWeek;
            var check = MainTaskRule.ValidateWorkingTime(new WorkingTime(week, hoursPerDay ?? Math.Min(week, MainTaskRule.MaximumHoursPerWorkingDay)));
            AddErrors(errors, ValidationResult.Of(check.Errors.Where(e =>
                (e.Field == MainTaskRule.HoursPerWeekField && hoursPerWeek is not null) || (e.Field == MainTaskRule.HoursPerWorkingDayField && hoursPerDay is not null))), []);
            if (hoursPerWeek is not null && hoursPerDay is not null)
            {
                workingTime = new WorkingTime(hoursPerWeek.Value, hoursPerDay.Value);
            }
        }

        MaxLength(errors, input.EmployerInputBy, nameof(input.EmployerInputBy), NameLength);
        MaxLength(errors, input.EmployerInputSummary, nameof(input.EmployerInputSummary), TextLength);
        MaxLength(errors, input.WorkerView, nameof(input.WorkerView), TextLength);
        MaxLength(errors, input.ReviewOutcome, nameof(input.ReviewOutcome), TextLength);

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
            Required(errors, task.Name, $"Tasks[{row}].{nameof(TaskInput.Name)}", $"Vul de naam van taak {row + 1} in.", NameLength);
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
                    errors.Add($"Tasks[{row}].{component}",
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
                MaxLength(errors, value, $"Tasks[{row}].{field}", TextLength);
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
            AddErrors(errors, WageValueCalculator.Validate(Measurements(tasks)), rows);

            // A draft may leave the working time open; once it is there, every task must be a main task.
            if (workingTime is not null && MainTaskRule.ValidateWorkingTime(workingTime).IsValid)
            {
                AddErrors(errors, MainTaskRule.Validate(Measurements(tasks), workingTime), rows);
            }
        }
        else if (tasks.Count > WageValueCalculator.MaxTasks)
        {
            errors.Add(WageValueCalculator.TasksField, WageValueCalculator.TaskCountMessage);
        }

        return errors.Any ? null : new WageValueDraft(input, tasks);
    }

    public static IReadOnlyList<Domain.WageValue.TaskMeasurement> Measurements(IEnumerable<WageValueTask> tasks) =>
        [.. tasks.OrderBy(t => t.Position).Select(t => new Domain.WageValue.TaskMeasurement(t.Tempo, t.Quality, t.NetWorkingTime, t.Share))];

    /// <summary>
    /// Puts the calculator's errors on the form's fields. The calculator numbers the counted tasks;
    /// <paramref name="rows"/> maps them back to the form rows they were typed in.
    /// </summary>
    private static void AddErrors(FormRules.Errors errors, ValidationResult result, IReadOnlyList<int> rows)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Field;
            var match = TaskIndex().Match(field);
            if (match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var index) && index < rows.Count)
            {
                field = $"{WageValueCalculator.TasksField}[{rows[index]}]{field[match.Length..]}";
            }

            errors.Add(field, error.Message);
        }
    }

    /// <summary>Hours as typed, "32" or "24,5"; null when empty, and an error when it is not a number of hours.</summary>
    private static decimal? Hours(FormRules.Errors errors, string? text, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (WageValueNumbers.ParseHours(text) is { } hours)
        {
            return hours;
        }

        errors.Add(field, $"Vul {label} in als aantal uren, bijvoorbeeld 32 of 24,5.");
        return null;
    }

    private static void Required(FormRules.Errors errors, string? value, string field, string message, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
        else
        {
            MaxLength(errors, value, field, maxLength);
        }
    }

    private static void MaxLength(FormRules.Errors errors, string? value, string field, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            errors.Add(field, $"Gebruik hoogstens {maxLength} tekens.");
        }
    }

    private static string Trim(string? value) => value?.Trim() ?? "";

    [GeneratedRegex(@"^Tasks\[(\d+)\]")]
    private static partial Regex TaskIndex();
}
