namespace RmtCases.Web.Features.Figures;

/// <summary>What the figures' statements return, per region where it adds up, and the figures' data made of it.</summary>
internal sealed class FigureCounts
{
    private readonly SortedDictionary<int, RegionCounts> _regions = [];

    /// <summary>Of the view's scope, not per region: medians and percentiles do not add up.</summary>
    public List<LeadTime> LeadTimes { get; } = [];

    public BudgetTotals? Budget { get; set; }

    public RegionCounts Of(int regionId)
    {
        if (!_regions.TryGetValue(regionId, out var counts))
        {
            _regions[regionId] = counts = new RegionCounts();
        }

        return counts;
    }

    /// <summary>A region's view is its one region's counts; the national view is their sum with the regions beside it.</summary>
    public FigureData ToData(bool national)
    {
        var sum = new RegionCounts();
        foreach (var part in _regions.Values)
        {
            sum.Add(part);
        }

        var services = sum.Services
            .GroupBy(s => (s.Type, s.ProviderId, s.ProviderName, s.Quarter))
            .Select(g => new ServiceAggregate(g.Key.Type, g.Key.ProviderId, g.Key.ProviderName, g.Key.Quarter, g.Sum(s => s.Deliveries), g.Sum(s => s.Amount)))
            .ToList();
        return new FigureData(sum.Inflow, sum.Outflow, services, sum.Exports, Budget, sum.Phases, sum.Finished, LeadTimes,
            national ? [.. _regions.Values.Select(c => c.ToData())] : []);
    }
}
