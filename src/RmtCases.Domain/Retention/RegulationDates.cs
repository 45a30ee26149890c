namespace RmtCases.Domain.Retention;

/// <summary>
/// The two dates the configured end date of the RMT processing is measured against. The configuration
/// decides what the purge does; these say what the AP advised and what the regulation says.
/// </summary>
public static class RegulationDates
{
    /// <summary>AP z2021-2117: keep the personal data no longer than the regulation's original end, 1 January 2023.</summary>
    public static readonly DateOnly ApAdvisedEndDate = new(2023, 1, 1);

    /// <summary>
    /// Tijdelijke regeling aanvullende crisisdienstverlening COVID-19 (BWBR0044968), consolidated text: extended,
    /// it lapses per 1 January 2025; only the financial settlement goes on.
    /// </summary>
    public static readonly DateOnly RegulationLapses = new(2025, 1, 1);

    /// <summary>How the configured end date relates to the two, in the words the retention page uses.</summary>
    public static EndDateComparison Compare(DateOnly configured) =>
        configured == ApAdvisedEndDate ? EndDateComparison.AsApAdvised
        : configured == RegulationLapses ? EndDateComparison.AsRegulationLapses
        : EndDateComparison.DiffersFromBoth;
}
