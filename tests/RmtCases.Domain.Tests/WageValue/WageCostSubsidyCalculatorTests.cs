using RmtCases.Domain.WageValue;

namespace RmtCases.Domain.Tests.WageValue;

/// <summary>Participatiewet art. 10d with Regeling loonkostensubsidie Participatiewet 2021, art. 1 (23,5% werkgeverslasten).</summary>
public class WageCostSubsidyCalculatorTests
{
    private static readonly MinimumWageRate[] _table =
    [
        new(new DateOnly(2025, 7, 1), 14.40m),
        new(new DateOnly(2026, 1, 1), 14.71m),
    ];

    [Theory]
    // wage = hourly × hours × 52 / 12; difference = wage − loonwaarde × wage; charges = 23,5% of the difference.
    [InlineData("14.71", "32", 69, "2039.79", "1407.46", "632.33", "148.60", "780.93")]
    [InlineData("14.71", "32", 100, "2039.79", "2039.79", "0", "0", "0")]
    [InlineData("14.71", "32", 99, "2039.79", "2019.39", "20.40", "4.79", "25.19")]
    [InlineData("14.71", "32", 0, "2039.79", "0", "2039.79", "479.35", "2519.14")]
    [InlineData("14.40", "32", 69, "1996.80", "1377.79", "619.01", "145.47", "764.48")]
    [InlineData("14.71", "24.5", 50, "1561.71", "780.86", "780.85", "183.50", "964.35")]
    public void The_subsidy_is_the_gap_to_the_minimum_wage_plus_employer_charges(
        string hourly, string hours, int wageValue, string wage, string valueAmount, string difference, string charges, string total)
    {
        var result = WageCostSubsidyCalculator.Monthly(new MinimumWageRate(new DateOnly(2026, 1, 1), Table.Dec(hourly)), Table.Dec(hours), wageValue);

        result.MinimumWageForHours.Should().Be(Table.Dec(wage));
        result.WageValueAmount.Should().Be(Table.Dec(valueAmount));
        result.Difference.Should().Be(Table.Dec(difference));
        result.EmployerCharges.Should().Be(Table.Dec(charges));
        result.Total.Should().Be(Table.Dec(total));
    }

    [Theory]
    [InlineData("2025-06-30", null)]
    [InlineData("2025-07-01", "14.40")]
    [InlineData("2025-12-31", "14.40")]
    [InlineData("2026-01-01", "14.71")]
    [InlineData("2026-12-01", "14.71")]
    public void The_rate_is_the_latest_row_on_or_before_the_day(string day, string? hourly)
    {
        var rate = WageCostSubsidyCalculator.RateOn(_table, Table.Date(day));

        rate?.HourlyAmount.Should().Be(Table.Dec(hourly!));
        (rate is null).Should().Be(hourly is null);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_wage_value_outside_0_to_100_is_refused(int wageValue)
    {
        var act = () => WageCostSubsidyCalculator.Monthly(_table[1], 32, wageValue);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
