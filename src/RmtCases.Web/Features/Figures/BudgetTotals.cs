namespace RmtCases.Web.Features.Figures;

/// <param name="Regions">How many regions have a budget for the year (national: the budgets are added up).</param>
public sealed record BudgetTotals(decimal Personnel, decimal Intervention, int Regions);
