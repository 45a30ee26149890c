namespace RmtCases.Web.Features.Figures;

/// <param name="RegionId">Null for the national total.</param>
/// <param name="IncludesBanenafspraakDerived">Whether werkfitbehoud is in the figures (see AccessPolicy).</param>
/// <param name="AllRegions">Whether the actor may count any region (administrators); else only their own.</param>
public sealed record FigureScope(int? RegionId, int Year, bool IncludesBanenafspraakDerived, bool AllRegions);
