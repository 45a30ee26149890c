namespace RmtCases.Domain.WageValue;

/// <summary>The outcome of a measurement, all values percentages.</summary>
/// <param name="TaskPerformances">The exact arbeidsprestatie per task, in input order.</param>
/// <param name="Exact">The exact loonwaarde: the sum of <paramref name="TaskPerformances"/>.</param>
public sealed record WageValueResult(IReadOnlyList<decimal> TaskPerformances, decimal Exact)
{
    /// <summary>The loonwaarde as reported: one decimal.</summary>
    /// <remarks>
    /// Rounded once, from the exact sum; so a report that also shows the rounded task lines may
    /// differ by 0.1 from their sum. The loonwaarde is what the subsidy is computed from.
    /// </remarks>
    public decimal Percentage => WageValueCalculator.Round(Exact);

    public IReadOnlyList<decimal> RoundedTaskPerformances => [.. TaskPerformances.Select(WageValueCalculator.Round)];
}
