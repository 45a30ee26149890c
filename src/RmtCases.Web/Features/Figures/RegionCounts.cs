using RmtCases.Domain.Participants;

namespace RmtCases.Web.Features.Figures;

/// <summary>One region's counts as the queries return them.</summary>
internal sealed class RegionCounts
{
    public long[] Inflow { get; } = new long[12];
    public long[] Outflow { get; } = new long[12];
    public long[] Phases { get; } = new long[Enum.GetValues<RoutePhase>().Length];
    public long[,] Finished { get; } = new long[12, 2 * FigureQueries.FinishedCodes];
    public long[,] Exports { get; } = new long[12, FigureQueries.RecipientKinds.Length];
    public List<ServiceAggregate> Services { get; } = [];

    public FigureData ToData() => new(Inflow, Outflow, Services, Exports, null, Phases, Finished, [], []);

    public void Add(RegionCounts other)
    {
        for (var m = 0; m < 12; m++)
        {
            Inflow[m] += other.Inflow[m];
            Outflow[m] += other.Outflow[m];
            for (var c = 0; c < Finished.GetLength(1); c++)
            {
                Finished[m, c] += other.Finished[m, c];
            }

            for (var c = 0; c < Exports.GetLength(1); c++)
            {
                Exports[m, c] += other.Exports[m, c];
            }
        }

        for (var p = 0; p < Phases.Length; p++)
        {
            Phases[p] += other.Phases[p];
        }

        Services.AddRange(other.Services);
    }
}
