namespace RmtCases.Web.Features.Figures;

/// <param name="Id">The figure's Dutch slug, as the download links carry it.</param>
public sealed record FigureTable(
    string Id, string Title, string Description, IReadOnlyList<string> LabelHeaders, IReadOnlyList<string> ValueHeaders, IReadOnlyList<FigureRow> Rows);
