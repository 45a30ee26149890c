using RmtCases.Domain.Validation;
using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Features.WageValue;

/// <summary>The loonkostensubsidie a vastgestelde loonwaarde implies, as information for the gemeente; not a decision.</summary>
public static class WageValueSubsidy
{
    public const int AdultAge = 21;

    /// <summary>The monthly amounts, or why there are none: only a vastgestelde loonwaarde counts (Besluit art. 3(2)).</summary>
    public static (WageCostSubsidy? Subsidy, string? Note) For(WageValueAssessment a, WageValueOptions options)
    {
        if (a is not { IsDecided: true, DecidedPercentage: { } percentage, DecisionEffectiveFrom: { } from })
        {
            return (null, null);
        }

        if (a.HoursPerWeek is not { } hours)
        {
            return (null, "De werktijd per week is niet vastgelegd; de loonkostensubsidie kan niet worden berekend.");
        }

        if (AgeRule.AgeOn(a.WorkerDateOfBirth, from) < AdultAge)
        {
            return (null, "De werknemer is op de ingangsdatum jonger dan 21 jaar; voor het minimumjeugdloon rekent deze module de loonkostensubsidie niet uit.");
        }

        if (WageCostSubsidyCalculator.RateOn(options.Rates, from) is not { } rate)
        {
            return (null, "De minimumloontabel heeft geen bedrag voor de ingangsdatum; vul de tabel in de configuratie aan.");
        }

        return (WageCostSubsidyCalculator.Monthly(rate, hours, percentage), null);
    }
}
