namespace RmtCases.Web.Features.Figures;

/// <param name="RegionId">Null for the national total.</param>
/// <param name="IncludesBanenafspraakDerived">Whether werkfitbehoud is in the figures (see AccessPolicy).</param>
public sealed record FigureScope(int? RegionId, int Year, bool IncludesBanenafspraakDerived);
