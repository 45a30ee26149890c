namespace RmtCases.Web.Features.Figures;

/// <summary>The year's aggregates, as PostgreSQL counted them; nothing about a person.</summary>
/// <param name="Inflow">Registrations per month (0–11).</param>
/// <param name="Outflow">Routes that ended per month (0–11).</param>
/// <param name="Phases">Participants now in each route phase (index: phase - 1).</param>
/// <param name="Finished">Routes finished per month (0–11): outcome codes 1–6 in columns 0–5, abort reasons 1–6 in 6–11.</param>
/// <param name="Exports">Exchanges per month (0–11) and recipient kind (<see cref="FigureQueries.RecipientKinds"/>).</param>
/// <param name="Regions">
/// For the national view, each region's counts (without lead times or budget), which add up to this data's: each
/// region is suppressed as its own page shows it, and the national cells against them. Empty for a region's view.
/// </param>
public sealed record FigureData(
    long[] Inflow,
    long[] Outflow,
    IReadOnlyList<ServiceAggregate> Services,
    long[,] Exports,
    BudgetTotals? Budget,
    long[] Phases,
    long[,] Finished,
    IReadOnlyList<LeadTime> LeadTimes,
    IReadOnlyList<FigureData> Regions);
