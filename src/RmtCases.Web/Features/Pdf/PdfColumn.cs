namespace RmtCases.Web.Features.Pdf;

/// <summary>A column header and the column's width relative to the other columns.</summary>
public sealed record PdfColumn(string Header, float RelativeWidth = 1);
