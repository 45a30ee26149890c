namespace RmtCases.Web.Features.Pdf;

public sealed record PdfTitle(string Text) : PdfBlock;
