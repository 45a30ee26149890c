namespace RmtCases.Domain.WageValue;

/// <summary>One row of the statutory minimum wage table: the gross hourly minimum wage for workers of 21 and older, from a date.</summary>
public sealed record MinimumWageRate(DateOnly ValidFrom, decimal HourlyAmount);
