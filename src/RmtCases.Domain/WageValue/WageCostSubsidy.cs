namespace RmtCases.Domain.WageValue;

/// <summary>The loonkostensubsidie a loonwaarde implies for a month, in euros, as information for the gemeente.</summary>
/// <param name="MinimumWageForHours">The statutory minimum wage for the worker's hours.</param>
/// <param name="WageValueAmount">The loonwaarde's share of that wage.</param>
/// <param name="Difference">The minimum wage less the loonwaarde's share: the subsidy before charges.</param>
/// <param name="EmployerCharges">The werkgeverslasten of 23,5% over the difference.</param>
/// <param name="Total">What the gemeente pays: the difference plus the charges.</param>
/// <param name="Rate">The minimum wage row the amounts come from.</param>
public sealed record WageCostSubsidy(
    decimal MinimumWageForHours, decimal WageValueAmount, decimal Difference, decimal EmployerCharges, decimal Total, MinimumWageRate Rate);
