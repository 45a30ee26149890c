namespace RmtCases.Web.Features.Pdf;

/// <summary>Label/value pairs, as a case file's fields; long values wrap.</summary>
public sealed record PdfKeyValues(IReadOnlyList<PdfKeyValue> Items) : PdfBlock;
