namespace RmtCases.Web.Features.Pdf;

/// <summary>Vertical white space in points; it does not carry over to a new page.</summary>
public sealed record PdfSpacer(float Height = 12) : PdfBlock;
