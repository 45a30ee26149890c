namespace RmtCases.Web.Features.Pdf;

public abstract record PdfBlock;
