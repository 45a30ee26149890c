using System.ComponentModel.DataAnnotations;
using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Features.WageValue;

/// <summary>
/// Settings of the wage-value module. Wage value is the municipality's own processing under the
/// Participatiewet, not the RMT's, so it does not share the RMT's end date of 2023-01-01.
/// </summary>
public sealed class WageValueOptions
{
    public const string Section = "WageValue";

    /// <summary>
    /// Years a finalised assessment is kept, counted from its finalisation.
    /// </summary>
    /// <remarks>
    /// AP z2020-12081 names no retention period. Seven years is a conservative default: the
    /// assessment underpins wage-cost subsidy payments, whose administration is commonly kept
    /// seven years. Each municipality confirms it against its own selection list; the purge that
    /// applies it is a separate piece of work.
    /// </remarks>
    [Range(1, 30)]
    public int RetentionYearsAfterFinalisation { get; set; } = 7;

    /// <summary>
    /// The statutory minimum wage table, dated: it changes on 1 January and 1 July, so it is configuration
    /// (appsettings.json), with <see cref="MinimumWageSource"/> shown beside every amount computed from it.
    /// </summary>
    public List<MinimumWageRow> MinimumWages { get; set; } = [];

    public string MinimumWageSource { get; set; } = "";

    public IReadOnlyList<MinimumWageRate> Rates => [.. MinimumWages.Select(r => new MinimumWageRate(r.ValidFrom, r.HourlyAmount))];
}
