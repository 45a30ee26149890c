using RmtCases.Domain.Validation;

namespace RmtCases.Domain.WageValue;

/// <summary>
/// What a main task is. Besluit loonkostensubsidie Participatiewet 2021, art. 1 (hoofdtaak): a task to which
/// the worker spends at least 1/16 of the working time per week and 30 minutes of the working time per
/// working day. A task's time is its share (BT) of the working time, spread evenly over the working days.
/// </summary>
public static class MainTaskRule
{
    public const string HoursPerWeekField = "HoursPerWeek";
    public const string HoursPerWorkingDayField = "HoursPerWorkingDay";

    /// <summary>1/16 of the week as a share: 6,25%.</summary>
    public const decimal MinimumWeeklyShare = 100m / 16m;

    public const int MinimumMinutesPerWorkingDay = 30;

    // A week of more than 60 hours or a day of more than 12 is a typing error, not a workplace.
    public const decimal MaximumHoursPerWeek = 60m;
    public const decimal MaximumHoursPerWorkingDay = 12m;

    public const string Source = "art. 1 Besluit loonkostensubsidie Participatiewet 2021";

    public const string HoursPerWeekMessage = "Vul de werktijd per week in, in uren: meer dan 0 en hoogstens 60, bijvoorbeeld 32 of 24,5.";
    public const string HoursPerWorkingDayMessage = "Vul de werktijd per werkdag in, in uren: meer dan 0 en hoogstens 12, bijvoorbeeld 8 of 6,5.";
    public const string DayLongerThanWeekMessage = "De werktijd per werkdag kan niet langer zijn dan de werktijd per week.";

    public static ValidationResult ValidateWorkingTime(WorkingTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var errors = new List<FieldError>();
        if (time.HoursPerWeek is <= 0m or > MaximumHoursPerWeek)
        {
            errors.Add(new FieldError(HoursPerWeekField, HoursPerWeekMessage));
        }

        if (time.HoursPerWorkingDay is <= 0m or > MaximumHoursPerWorkingDay)
        {
            errors.Add(new FieldError(HoursPerWorkingDayField, HoursPerWorkingDayMessage));
        }
        else if (time.HoursPerWorkingDay > time.HoursPerWeek && time.HoursPerWeek > 0m)
        {
            errors.Add(new FieldError(HoursPerWorkingDayField, DayLongerThanWeekMessage));
        }

        return ValidationResult.Of(errors);
    }

    /// <summary>The minutes a task takes per working day: its share of the day.</summary>
    public static decimal MinutesPerWorkingDay(decimal share, WorkingTime time) =>
        share / 100m * time.HoursPerWorkingDay * 60m;

    /// <summary>The hours a task takes per week: its share of the week.</summary>
    public static decimal HoursPerWeek(decimal share, WorkingTime time) => share / 100m * time.HoursPerWeek;

    /// <summary>Refuses each task below either threshold, keyed to its share field; checks the working time first.</summary>
    public static ValidationResult Validate(IReadOnlyList<TaskMeasurement> tasks, WorkingTime time)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var working = ValidateWorkingTime(time);
        if (!working.IsValid)
        {
            return working;
        }

        var errors = new List<FieldError>();
        for (var i = 0; i < tasks.Count; i++)
        {
            var share = tasks[i].Share;
            var field = WageValueCalculator.TaskField(i, nameof(TaskMeasurement.Share));
            if (share < MinimumWeeklyShare)
            {
                errors.Add(new FieldError(field, WeeklyMessage(i, share, time)));
            }

            var minutes = MinutesPerWorkingDay(share, time);
            if (minutes < MinimumMinutesPerWorkingDay)
            {
                errors.Add(new FieldError(field, DailyMessage(i, minutes)));
            }
        }

        return ValidationResult.Of(errors);
    }

    public static string WeeklyMessage(int index, decimal share, WorkingTime time) =>
        $"Taak {index + 1} is geen hoofdtaak: zij beslaat {DutchNumber.Format(share)}% van de werktijd per week " +
        $"({DutchNumber.Format(decimal.Round(HoursPerWeek(share, time), 2))} uur), minder dan 1/16 (6,25%). Een hoofdtaak beslaat ten minste " +
        $"1/16 van de werktijd per week en 30 minuten per werkdag ({Source}). Voeg haar samen met een verwante taak.";

    public static string DailyMessage(int index, decimal minutes) =>
        $"Taak {index + 1} is geen hoofdtaak: zij beslaat {DutchNumber.Format(decimal.Round(minutes, 1))} minuten per werkdag, " +
        $"minder dan 30 minuten. Een hoofdtaak beslaat ten minste 1/16 van de werktijd per week en 30 minuten per werkdag " +
        $"({Source}). Voeg haar samen met een verwante taak.";
}
