namespace RmtCases.Web.Features.Figures;

/// <summary>
/// The year's aggregates per region in scope, by region id, and their sum: a caseworker's set holds their own region,
/// an administrator's every region with data, so the views can be suppressed together (FigureBuilder).
/// </summary>
public sealed record FigureSet(IReadOnlyDictionary<int, FigureData> Regions, FigureData National)
{
    /// <summary>The view of a region (its aggregates, empty when it has none) or, for null, the national total.</summary>
    public FigureData View(int? regionId) => regionId is not { } id ? National : Regions.TryGetValue(id, out var data) ? data : Empty;

    private static FigureData Empty => new(
        new long[12], new long[12], [], new long[12, FigureQueries.RecipientKinds.Length], null,
        new long[Enum.GetValues<Domain.Participants.RoutePhase>().Length], new long[12, 2 * FigureQueries.FinishedCodes], []);
}
