namespace RmtCases.Domain.WageValue;

/// <summary>The worker's working time at the workplace, which decides what counts as a main task.</summary>
/// <param name="HoursPerWeek">The working hours per week.</param>
/// <param name="HoursPerWorkingDay">The working hours per working day.</param>
public sealed record WorkingTime(decimal HoursPerWeek, decimal HoursPerWorkingDay);
