namespace RmtCases.Web.Features.Pdf;

public sealed record PdfHeading(string Text) : PdfBlock;
