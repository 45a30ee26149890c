namespace RmtCases.Domain.WageValue;

/// <summary>The outcome of a measurement, all values percentages.</summary>
/// <param name="TaskPerformances">The exact arbeidsprestatie per task, in input order.</param>
/// <param name="Exact">The exact sum of <paramref name="TaskPerformances"/>.</param>
public sealed record WageValueResult(IReadOnlyList<decimal> TaskPerformances, decimal Exact)
{
    /// <summary>The loonwaarde: the exact sum in whole percents (Besluit art. 3(1)); what the subsidy is computed from.</summary>
    /// <remarks>
    /// Rounded once, from the exact sum; so a report that also shows the task lines with one decimal
    /// may differ from their sum. The report says that this figure is the loonwaarde.
    /// </remarks>
    public int Percentage => WageValueCalculator.RoundToWholePercent(Exact);

    /// <summary>The task figures with one decimal: intermediate figures, not the loonwaarde.</summary>
    public IReadOnlyList<decimal> RoundedTaskPerformances => [.. TaskPerformances.Select(WageValueCalculator.Round)];
}
