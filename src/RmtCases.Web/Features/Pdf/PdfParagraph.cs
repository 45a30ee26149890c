namespace RmtCases.Web.Features.Pdf;

/// <summary>Word-wrapped text; a line break in <paramref name="Text"/> starts a new line.</summary>
public sealed record PdfParagraph(string Text) : PdfBlock;
