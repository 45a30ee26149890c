namespace RmtCases.Web.Features.Figures;

public sealed record Figure(FigureTable Table, BarChart Chart);
