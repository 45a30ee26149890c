namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// A document for <see cref="PdfRenderer"/>: blocks from top to bottom, and the text shown
/// at the left of every page's footer (for example "Exportkenmerk ABC-123").
/// </summary>
public sealed record PdfReport(string FooterLeft, IReadOnlyList<PdfBlock> Blocks);

public abstract record PdfBlock;

public sealed record PdfTitle(string Text) : PdfBlock;

public sealed record PdfHeading(string Text) : PdfBlock;

/// <summary>Word-wrapped text; a line break in <paramref name="Text"/> starts a new line.</summary>
public sealed record PdfParagraph(string Text) : PdfBlock;

/// <summary>Label/value pairs, as a case file's fields; long values wrap.</summary>
public sealed record PdfKeyValues(IReadOnlyList<PdfKeyValue> Items) : PdfBlock;

public sealed record PdfKeyValue(string Label, string Value);

/// <summary>
/// A table whose rows continue on the next page with the header row repeated.
/// Every row holds one cell per column.
/// </summary>
public sealed record PdfTable(IReadOnlyList<PdfColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : PdfBlock;

/// <summary>A column header and the column's width relative to the other columns.</summary>
public sealed record PdfColumn(string Header, float RelativeWidth = 1);

/// <summary>Vertical white space in points; it does not carry over to a new page.</summary>
public sealed record PdfSpacer(float Height = 12) : PdfBlock;
