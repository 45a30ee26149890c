namespace RmtCases.Web.Features.Figures;

public sealed record BarChart(string Title, string Description, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, bool Money);
