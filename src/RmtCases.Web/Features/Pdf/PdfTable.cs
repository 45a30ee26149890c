namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// A table whose rows continue on the next page with the header row repeated.
/// Every row holds one cell per column.
/// </summary>
public sealed record PdfTable(IReadOnlyList<PdfColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : PdfBlock;
