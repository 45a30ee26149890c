using RmtCases.Domain.Validation;

namespace RmtCases.Domain.WageValue;

/// <summary>
/// The uniform wage-value method of the Besluit loonkostensubsidie Participatiewet:
/// arbeidsprestatie = T × K × N × BT per main task, loonwaarde = the sum over the tasks.
/// </summary>
/// <remarks>
/// Decimal arithmetic throughout: the inputs are percentages typed with one or two decimals,
/// and binary floating point would turn 36.0 into 35.99999… before rounding.
/// </remarks>
public static class WageValueCalculator
{
    // AP z2020-12081: the arbeidsprestatie is determined for at most five main tasks.
    public const int MinTasks = 1;
    public const int MaxTasks = 5;

    /// <summary>ModelState key for errors about the list of tasks as a whole.</summary>
    public const string TasksField = "Tasks";

    /// <summary>ModelState key for the error that the shares do not add up to 100%.</summary>
    public const string ShareTotalField = "Tasks.Share";

    public const string TaskCountMessage = "Een loonwaardemeting heeft één tot vijf hoofdtaken.";
    public const string TempoMessage = "Tempo moet tussen 0 en 100% liggen.";
    public const string QualityMessage = "Kwaliteit moet tussen 0 en 100% liggen.";
    public const string NetWorkingTimeMessage = "Netto werktijd moet tussen 0 en 100% liggen.";
    public const string ShareMessage = "Het aandeel in de werktijd (BT) moet groter dan 0 en hoogstens 100% zijn.";

    /// <summary>The ModelState key of one component of one task, e.g. <c>Tasks[0].Tempo</c>.</summary>
    public static string TaskField(int index, string component) => $"{TasksField}[{index}].{component}";

    public static string ShareTotalMessage(decimal total) =>
        $"De aandelen in de werktijd (BT) moeten samen precies 100% zijn; nu {DutchNumber.Format(total)}%.";

    public static ValidationResult Validate(IReadOnlyList<TaskMeasurement> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        if (tasks.Count == 0)
        {
            return ValidationResult.Failure(TasksField, TaskCountMessage);
        }

        var errors = new List<FieldError>();
        if (tasks.Count > MaxTasks)
        {
            errors.Add(new FieldError(TasksField, TaskCountMessage));
        }

        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i] ?? throw new ArgumentException($"Task {i} is null.", nameof(tasks));
            if (!IsPercentage(task.Tempo))
            {
                errors.Add(new FieldError(TaskField(i, nameof(TaskMeasurement.Tempo)), TempoMessage));
            }

            if (!IsPercentage(task.Quality))
            {
                errors.Add(new FieldError(TaskField(i, nameof(TaskMeasurement.Quality)), QualityMessage));
            }

            if (!IsPercentage(task.NetWorkingTime))
            {
                errors.Add(new FieldError(TaskField(i, nameof(TaskMeasurement.NetWorkingTime)), NetWorkingTimeMessage));
            }

            // A task that takes none of the working time is not a main task, and would hide a
            // sixth task inside the limit of five.
            if (task.Share is <= 0m or > 100m)
            {
                errors.Add(new FieldError(TaskField(i, nameof(TaskMeasurement.Share)), ShareMessage));
            }
        }

        // Exactly 100: the shares are typed as percentages with few decimals, so no tolerance is
        // needed, and any tolerance would let the loonwaarde drift above what was measured.
        var total = tasks.Sum(t => t.Share);
        if (total != 100m)
        {
            errors.Add(new FieldError(ShareTotalField, ShareTotalMessage(total)));
        }

        return ValidationResult.Of(errors);
    }

    /// <summary>Calculates the loonwaarde; call <see cref="Validate"/> first, invalid input throws.</summary>
    /// <exception cref="ArgumentException">The input fails <see cref="Validate"/>.</exception>
    public static WageValueResult Calculate(IReadOnlyList<TaskMeasurement> tasks)
    {
        var validation = Validate(tasks);
        if (!validation.IsValid)
        {
            throw new ArgumentException($"Invalid wage-value input: {validation}", nameof(tasks));
        }

        var performances = tasks.Select(TaskPerformance).ToArray();
        return new WageValueResult(performances, performances.Sum());
    }

    /// <summary>
    /// The exact arbeidsprestatie of one task as a percentage: the four percentages multiplied as
    /// fractions, so 80 × 90 × 100 × 50 gives 36.0.
    /// </summary>
    public static decimal TaskPerformance(TaskMeasurement task)
    {
        ArgumentNullException.ThrowIfNull(task);
        // The product of four percentages carries a factor 100⁴; dividing by 100³ leaves a percentage.
        return task.Tempo * task.Quality * task.NetWorkingTime * task.Share / 1_000_000m;
    }

    /// <summary>Rounds a task figure to one decimal, half away from zero, for display only.</summary>
    /// <remarks>
    /// Dutch practice, and what an assessor checking by hand or in a spreadsheet expects, is to round
    /// a half up (90.25 becomes 90.3). .NET's default, banker's rounding, would give 90.2, and the
    /// report would then disagree with the assessor's own calculation.
    /// </remarks>
    public static decimal Round(decimal percentage) => Math.Round(percentage, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The legal loonwaarde: Besluit loonkostensubsidie Participatiewet 2021, art. 3(1): the sum of the
    /// arbeidsprestaties per hoofdtaak, rounded arithmetically to whole percents (a half goes up).
    /// </summary>
    /// <remarks>Rounded once, from the exact sum: rounding the task figures first could move it by a percent.</remarks>
    public static int RoundToWholePercent(decimal percentage) => (int)Math.Round(percentage, 0, MidpointRounding.AwayFromZero);

    private static bool IsPercentage(decimal value) => value is >= 0m and <= 100m;
}
