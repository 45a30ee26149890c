namespace RmtCases.Domain.WageValue;

/// <summary>
/// Participatiewet art. 10d: the loonkostensubsidie is the difference between the statutory minimum wage and
/// the loonwaarde, plus a compensation for the employer's charges of 23,5% of the wage costs it is paid over
/// (Regeling loonkostensubsidie Participatiewet 2021, art. 1).
/// </summary>
public static class WageCostSubsidyCalculator
{
    public const decimal EmployerChargesRate = 0.235m;

    /// <summary>The row that applies on <paramref name="day"/>: the latest that starts on or before it; null before the table.</summary>
    public static MinimumWageRate? RateOn(IEnumerable<MinimumWageRate> table, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Where(r => r.ValidFrom <= day).MaxBy(r => r.ValidFrom);
    }

    /// <summary>The monthly amounts, each rounded to cents half up; the total is the sum of the rounded parts, as a decision shows them.</summary>
    public static WageCostSubsidy Monthly(MinimumWageRate rate, decimal hoursPerWeek, int wageValuePercent)
    {
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hoursPerWeek);
        ArgumentOutOfRangeException.ThrowIfNegative(wageValuePercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wageValuePercent, 100);

        // A month is 52/12 weeks, the usual conversion of a weekly to a monthly wage.
        var wage = Cents(rate.HourlyAmount * hoursPerWeek * 52m / 12m);
        var valueAmount = Cents(wage * wageValuePercent / 100m);
        var difference = wage - valueAmount;
        var charges = Cents(difference * EmployerChargesRate);
        return new WageCostSubsidy(wage, valueAmount, difference, charges, difference + charges, rate);
    }

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
