namespace RmtCases.Web.Features.Pdf;

public sealed record PdfKeyValue(string Label, string Value);
