using RmtCases.Domain.WageValue;

namespace RmtCases.Domain.Tests.WageValue;

/// <summary>Besluit loonkostensubsidie Participatiewet 2021, art. 1: a main task takes 1/16 of the week and 30 minutes a day.</summary>
public class MainTaskRuleTests
{
    [Theory]
    // 40 hours in days of 8: 1/16 of the week (6,25%) is exactly 30 minutes a day, so both thresholds meet.
    [InlineData("40", "8", "6.25", "")]
    [InlineData("40", "8", "6.24", "week,day")]
    // 36 hours in days of 12: 30 minutes is 4,17% of the day, so only the weekly threshold bites.
    [InlineData("36", "12", "6.25", "")]
    [InlineData("36", "12", "6.24", "week")]
    // 20 hours in days of 4: 30 minutes is 12,5% of the day, so the daily threshold bites first.
    [InlineData("20", "4", "12.5", "")]
    [InlineData("20", "4", "12.49", "day")]
    [InlineData("20", "4", "6.25", "day")]
    [InlineData("20", "4", "6.24", "week,day")]
    public void A_task_below_either_threshold_is_not_a_main_task(string week, string day, string share, string refused)
    {
        var other = 100m - Table.Dec(share);
        var tasks = new[] { new TaskMeasurement(100, 100, 100, other), new TaskMeasurement(100, 100, 100, Table.Dec(share)) };

        var result = MainTaskRule.Validate(tasks, new WorkingTime(Table.Dec(week), Table.Dec(day)));

        var messages = result.MessagesFor("Tasks[1].Share").ToList();
        result.Errors.Where(e => !(e.Field == "Tasks[1].Share")).Should().BeEmpty();
        messages.Any(m => m.Contains("minder dan 1/16 (6,25%)", StringComparison.Ordinal)).Should().Be(refused.Contains("week", StringComparison.Ordinal));
        messages.Any(m => m.Contains("minuten per werkdag, minder dan 30", StringComparison.Ordinal)).Should().Be(refused.Contains("day", StringComparison.Ordinal));
        messages.Where(m => !(m.Contains("art. 1 Besluit loonkostensubsidie Participatiewet 2021", StringComparison.Ordinal))).Should().BeEmpty();
    }

    [Fact]
    public void The_refusal_says_how_much_time_the_task_takes()
    {
        var tasks = new[] { new TaskMeasurement(100, 100, 100, 95), new TaskMeasurement(100, 100, 100, 5) };

        var result = MainTaskRule.Validate(tasks, new WorkingTime(32, 8));

        result.MessagesFor("Tasks[1].Share").Should().Equal(
            "Taak 2 is geen hoofdtaak: zij beslaat 5% van de werktijd per week (1,6 uur), minder dan 1/16 (6,25%). Een hoofdtaak beslaat ten minste 1/16 van de werktijd per week en 30 minuten per werkdag (art. 1 Besluit loonkostensubsidie Participatiewet 2021). Voeg haar samen met een verwante taak.",
            "Taak 2 is geen hoofdtaak: zij beslaat 24 minuten per werkdag, minder dan 30 minuten. Een hoofdtaak beslaat ten minste 1/16 van de werktijd per week en 30 minuten per werkdag (art. 1 Besluit loonkostensubsidie Participatiewet 2021). Voeg haar samen met een verwante taak.");
    }

    [Theory]
    [InlineData("0.01", "0.01", "")]
    [InlineData("60", "12", "")]
    [InlineData("0", "8", "HoursPerWeek")]
    [InlineData("60.01", "8", "HoursPerWeek")]
    [InlineData("32", "0", "HoursPerWorkingDay")]
    [InlineData("32", "12.01", "HoursPerWorkingDay")]
    [InlineData("6", "8", "HoursPerWorkingDay")]
    public void Working_time_is_checked_first(string week, string day, string field)
    {
        var result = MainTaskRule.ValidateWorkingTime(new WorkingTime(Table.Dec(week), Table.Dec(day)));

        result.Errors.Select(e => e.Field).Should().Equal(field.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Five_main_tasks_of_a_fifth_each_are_all_main_tasks()
    {
        var tasks = Enumerable.Repeat(new TaskMeasurement(100, 100, 100, 20), WageValueCalculator.MaxTasks).ToArray();

        MainTaskRule.Validate(tasks, new WorkingTime(16, 4)).IsValid.Should().BeTrue();
        WageValueCalculator.Validate(tasks).IsValid.Should().BeTrue();
        WageValueCalculator.Validate([.. tasks.Take(4), new TaskMeasurement(100, 100, 100, 10), new TaskMeasurement(100, 100, 100, 10)])
            .MessagesFor(WageValueCalculator.TasksField).Should().Equal(WageValueCalculator.TaskCountMessage);
    }
}
