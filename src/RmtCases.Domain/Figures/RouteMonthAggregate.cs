namespace RmtCases.Domain.Figures;

/// <summary>
/// What the route figures keep of erased participants: per region, month, figure and code, how many. Written by the
/// purge in the transaction that erases them, added into one row per key, so no row stands for a person.
/// </summary>
public sealed class RouteMonthAggregate
{
    public int RegionId { get; set; }

    /// <summary>The first day of the month (Dutch calendar).</summary>
    public DateOnly Month { get; set; }

    public RouteFigure Figure { get; set; }
    public int Code { get; set; }
    public long Count { get; set; }
}
