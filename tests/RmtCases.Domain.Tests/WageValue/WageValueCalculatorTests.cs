using RmtCases.Domain.WageValue;

namespace RmtCases.Domain.Tests.WageValue;

public class WageValueCalculatorTests
{
    [Theory]
    [InlineData("80 90 100 50", "36")]
    [InlineData("100 100 100 100", "100")]
    [InlineData("0 100 100 100", "0")]
    [InlineData("70 80 90 40", "20.16")]
    [InlineData("90 100 95 35", "29.925")]
    [InlineData("60 75 85 25", "9.5625")]
    [InlineData("33.33 66.67 100 33.34", "7.4085184074")]
    public void Task_performance_is_the_product_of_the_four_percentages(string task, string expected)
    {
        WageValueCalculator.TaskPerformance(Table.Tasks(task).Single()).Should().Be(Table.Dec(expected));
    }

    [Theory]
    // One task fully at standard: the regular employee.
    [InlineData("100 100 100 100", "100", "100")]
    [InlineData("0 0 0 100", "0", "0")]
    // 80% × 90% × 100% × 50% = 36.0, plus 100% × 50% = 50.0.
    [InlineData("80 90 100 50; 100 100 100 50", "86", "86")]
    // 20.16 + 29.925 + 9.5625 = 59.6475.
    [InlineData("70 80 90 40; 90 100 95 35; 60 75 85 25", "59.6475", "60")]
    // Five tasks of 20% each: 20 + 14.58 + 10.24 + 10 + 0.
    [InlineData("100 100 100 20; 90 90 90 20; 80 80 80 20; 50 100 100 20; 0 100 100 20", "54.82", "55")]
    // Shares with decimals that add up to exactly 100: 33.33 + 33.33 + 16.67.
    [InlineData("100 100 100 33.33; 100 100 100 33.33; 50 100 100 33.34", "83.33", "83")]
    [InlineData("66.67 100 100 100", "66.67", "67")]
    [InlineData("33.33 100 100 100", "33.33", "33")]
    public void Wage_value_is_the_sum_of_the_task_performances(string tasks, string exact, string reported)
    {
        var result = WageValueCalculator.Calculate(Table.Tasks(tasks));

        result.Exact.Should().Be(Table.Dec(exact));
        result.Percentage.Should().Be(int.Parse(reported, System.Globalization.CultureInfo.InvariantCulture));
        result.TaskPerformances.Should().HaveCount(Table.Tasks(tasks).Length);
    }

    // Besluit loonkostensubsidie Participatiewet 2021, art. 3(1): rounded arithmetically to whole percents.
    [Theory]
    // 36.5 exactly: banker's rounding would give 36.
    [InlineData("73 50 100 100", "36.5", 37)]
    // 40.5 from the product itself (45% × 90%); banker's: 40.
    [InlineData("45 90 100 100", "40.5", 41)]
    // Two quarter figures that add up to a half: 20.25 + 40.25 = 60.5; banker's: 60.
    [InlineData("81 50 100 50; 80.5 100 100 50", "60.5", 61)]
    [InlineData("70.49 100 100 100", "70.49", 70)]
    [InlineData("70.51 100 100 100", "70.51", 71)]
    [InlineData("0.5 100 100 100", "0.5", 1)]
    [InlineData("0.49 100 100 100", "0.49", 0)]
    [InlineData("99.5 100 100 100", "99.5", 100)]
    [InlineData("99.49 100 100 100", "99.49", 99)]
    public void The_wage_value_is_rounded_to_whole_percents_a_half_up(string tasks, string exact, int loonwaarde)
    {
        var result = WageValueCalculator.Calculate(Table.Tasks(tasks));

        result.Exact.Should().Be(Table.Dec(exact));
        result.Percentage.Should().Be(loonwaarde);
    }

    [Fact]
    public void Task_lines_are_rounded_separately_from_the_total()
    {
        // 20.16 / 29.925 / 9.5625 round to 20.2 / 29.9 / 9.6 = 59.7; the loonwaarde rounds from 59.6475 to 60.
        var result = WageValueCalculator.Calculate(Table.Tasks("70 80 90 40; 90 100 95 35; 60 75 85 25"));

        result.RoundedTaskPerformances.Should().Equal(20.2m, 29.9m, 9.6m);
        result.Percentage.Should().Be(60);
    }

    [Theory]
    [InlineData("100 100 100 100")]
    [InlineData("0 0 0 100")]
    [InlineData("100 100 100 0.01; 100 100 100 99.99")]
    [InlineData("100 100 100 20; 100 100 100 20; 100 100 100 20; 100 100 100 20; 100 100 100 20")]
    public void Valid_input_has_no_errors(string tasks)
    {
        WageValueCalculator.Validate(Table.Tasks(tasks)).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("", "Tasks", "Een loonwaardemeting heeft één tot vijf hoofdtaken.")]
    [InlineData("100 100 100 20; 100 100 100 20; 100 100 100 20; 100 100 100 20; 100 100 100 10; 100 100 100 10",
        "Tasks", "Een loonwaardemeting heeft één tot vijf hoofdtaken.")]
    [InlineData("100 100 100 50; 100 100 100 49.9",
        "Tasks.Share", "De aandelen in de werktijd (BT) moeten samen precies 100% zijn; nu 99,9%.")]
    [InlineData("100 100 100 50; 100 100 100 50.1",
        "Tasks.Share", "De aandelen in de werktijd (BT) moeten samen precies 100% zijn; nu 100,1%.")]
    [InlineData("100 100 100 60; 100 100 100 60",
        "Tasks.Share", "De aandelen in de werktijd (BT) moeten samen precies 100% zijn; nu 120%.")]
    [InlineData("100.1 100 100 100", "Tasks[0].Tempo", "Tempo moet tussen 0 en 100% liggen.")]
    [InlineData("-1 100 100 100", "Tasks[0].Tempo", "Tempo moet tussen 0 en 100% liggen.")]
    [InlineData("100 101 100 100", "Tasks[0].Quality", "Kwaliteit moet tussen 0 en 100% liggen.")]
    [InlineData("100 -0.01 100 100", "Tasks[0].Quality", "Kwaliteit moet tussen 0 en 100% liggen.")]
    [InlineData("100 100 100 50; 100 100 -0.5 50", "Tasks[1].NetWorkingTime", "Netto werktijd moet tussen 0 en 100% liggen.")]
    [InlineData("100 100 150 100", "Tasks[0].NetWorkingTime", "Netto werktijd moet tussen 0 en 100% liggen.")]
    public void Invalid_input_is_rejected_with_one_dutch_message(string tasks, string field, string message)
    {
        var result = WageValueCalculator.Validate(Table.Tasks(tasks));

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Be(new Domain.Validation.FieldError(field, message));
    }

    [Theory]
    // A share of 0 or above 100 also spoils the total.
    [InlineData("100 100 100 0; 100 100 100 90", "Tasks[0].Share", "Tasks.Share")]
    [InlineData("100 100 100 120; 100 100 100 -20", "Tasks[0].Share", "Tasks[1].Share")]
    [InlineData("101 -1 100 100", "Tasks[0].Tempo", "Tasks[0].Quality")]
    public void Every_wrong_field_gets_its_own_error(string tasks, string firstField, string secondField)
    {
        var result = WageValueCalculator.Validate(Table.Tasks(tasks));

        result.Errors.Select(e => e.Field).Should().Contain([firstField, secondField]);
        result.MessagesFor(firstField).Should().NotBeEmpty();
    }

    [Fact]
    public void Share_out_of_range_has_its_own_message()
    {
        WageValueCalculator.Validate(Table.Tasks("100 100 100 0; 100 100 100 100"))
            .MessagesFor("Tasks[0].Share")
            .Should().Equal("Het aandeel in de werktijd (BT) moet groter dan 0 en hoogstens 100% zijn.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("100 100 100 99")]
    [InlineData("101 100 100 100")]
    public void Calculating_invalid_input_throws(string tasks)
    {
        var act = () => WageValueCalculator.Calculate(Table.Tasks(tasks));

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("90.25", "90.3")]
    [InlineData("90.35", "90.4")]
    [InlineData("90.24999", "90.2")]
    [InlineData("0.05", "0.1")]
    [InlineData("99.95", "100.0")]
    public void Round_takes_a_half_away_from_zero(string value, string expected)
    {
        WageValueCalculator.Round(Table.Dec(value)).Should().Be(Table.Dec(expected));
    }
}
