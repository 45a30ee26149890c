namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// A document for <see cref="PdfRenderer"/>: blocks from top to bottom, and the text shown
/// at the left of every page's footer (for example "Exportkenmerk ABC-123").
/// </summary>
public sealed record PdfReport(string FooterLeft, IReadOnlyList<PdfBlock> Blocks);
