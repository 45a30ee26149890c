using RmtCases.Domain.Figures;

namespace RmtCases.Web.Features.Figures;

/// <param name="Index">The month (0–11) or quarter (0–3); 0 for the year.</param>
/// <param name="Routes">How many completed routes the median and percentile are taken over.</param>
public sealed record LeadTime(PeriodKind Kind, int Index, long Routes, int MedianDays, int Percentile80Days);
