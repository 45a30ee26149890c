using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// The first pass: places the blocks on pages. Drawing happens afterwards, when the number of
/// pages is known for the footers.
/// </summary>
internal sealed class PdfLayout
{
    private const float ParagraphSpacing = 8;
    private const float BlockSpacing = 14;

    private static readonly LayoutRule ThinRule = new(0.5f, PdfTheme.Rule);
    private static readonly LayoutRule HeaderRule = new(0.75f, PdfTheme.Accent);

    private readonly PdfTheme _theme;
    private readonly List<List<DrawOp>> _pages = [[]];
    private float _y = PdfTheme.ContentTop;

    private PdfLayout(PdfTheme theme) => _theme = theme;

    private List<DrawOp> Page => _pages[^1];

    private bool AtPageTop => _y <= PdfTheme.ContentTop;

    public static IReadOnlyList<IReadOnlyList<DrawOp>> Paginate(IEnumerable<PdfBlock> blocks, PdfTheme theme)
    {
        var layout = new PdfLayout(theme);
        foreach (var block in blocks)
        {
            layout.Add(block);
        }

        return layout._pages;
    }

    private void Add(PdfBlock block)
    {
        switch (block)
        {
            case PdfTitle title:
                AddTitle(title);
                break;
            case PdfHeading heading:
                AddHeading(heading);
                break;
            case PdfParagraph paragraph:
                AddLines(TextWrapper.Wrap(paragraph.Text, _theme.Body, PdfTheme.ContentWidth), _theme.Body);
                _y += ParagraphSpacing;
                break;
            case PdfKeyValues keyValues:
                AddKeyValues(keyValues);
                break;
            case PdfTable table:
                AddTable(table);
                break;
            case PdfSpacer spacer:
                _y = Math.Min(_y + spacer.Height, PdfTheme.ContentBottom);
                break;
            default:
                throw new ArgumentException($"Unsupported PDF block {block.GetType().Name}.", nameof(block));
        }
    }

    private void AddTitle(PdfTitle title)
    {
        AddLines(TextWrapper.Wrap(title.Text, _theme.Title, PdfTheme.ContentWidth), _theme.Title);
        _y += 4;
        Page.Add(new RuleOp(_y, PdfTheme.ContentLeft, PdfTheme.ContentRight, 1.5f, PdfTheme.Accent));
        _y += BlockSpacing;
    }

    private void AddHeading(PdfHeading heading)
    {
        var lines = TextWrapper.Wrap(heading.Text, _theme.Heading, PdfTheme.ContentWidth);
        if (!AtPageTop)
        {
            _y += BlockSpacing - ParagraphSpacing;
        }

        // Keep a heading with at least three lines of what follows it.
        EnsureSpace(lines.Count * _theme.Heading.LineHeight + 3 * _theme.Body.LineHeight);
        AddLines(lines, _theme.Heading);
        _y += 4;
    }

    private void AddLines(IReadOnlyList<string> lines, TextStyle style)
    {
        foreach (var line in lines)
        {
            EnsureSpace(style.LineHeight);
            Page.Add(new TextOp(line, PdfTheme.ContentLeft, style.Baseline(_y, style.LineHeight), style));
            _y += style.LineHeight;
        }
    }

    private void AddKeyValues(PdfKeyValues keyValues)
    {
        const float valueLeft = PdfTheme.ContentLeft + PdfTheme.KeyLabelWidth;
        const float cellInset = 2 * PdfTheme.CellPaddingX;
        foreach (var item in keyValues.Items)
        {
            var row = new LayoutRow(
                [
                    new LayoutCell(PdfTheme.ContentLeft, _theme.Label,
                        TextWrapper.Wrap(item.Label, _theme.Label, PdfTheme.KeyLabelWidth - cellInset)),
                    new LayoutCell(valueLeft, _theme.Body,
                        TextWrapper.Wrap(item.Value, _theme.Body, PdfTheme.ContentRight - valueLeft - cellInset)),
                ],
                Fill: null,
                ThinRule);
            AddRow(row, header: null);
        }

        _y += BlockSpacing;
    }

    private void AddTable(PdfTable table)
    {
        if (table.Columns.Count == 0 || table.Columns.Any(column => column.RelativeWidth <= 0))
        {
            throw new ArgumentException("A table needs columns, each with a positive relative width.", nameof(table));
        }

        var totalWeight = table.Columns.Sum(column => column.RelativeWidth);
        var lefts = new float[table.Columns.Count];
        var widths = new float[table.Columns.Count];
        var x = PdfTheme.ContentLeft;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            lefts[i] = x;
            widths[i] = PdfTheme.ContentWidth * table.Columns[i].RelativeWidth / totalWeight;
            x += widths[i];
        }

        LayoutRow MakeRow(IReadOnlyList<string> texts, TextStyle style, SKColor? fill, LayoutRule rule) =>
            new(texts.Select((text, i) => new LayoutCell(lefts[i], style,
                    TextWrapper.Wrap(text, style, widths[i] - 2 * PdfTheme.CellPaddingX))).ToList(),
                fill,
                rule);

        var header = MakeRow(
            table.Columns.Select(column => column.Header).ToList(),
            _theme.TableHeader,
            PdfTheme.HeaderFill,
            HeaderRule);

        // Keep the header row with at least one line of the first row.
        EnsureSpace(header.Height + _theme.TableCell.LineHeight + 2 * PdfTheme.CellPaddingY);
        DrawRow(header);

        foreach (var cells in table.Rows)
        {
            if (cells.Count != table.Columns.Count)
            {
                throw new ArgumentException(
                    $"A table row has {cells.Count} cells for {table.Columns.Count} columns.", nameof(table));
            }

            AddRow(MakeRow(cells, _theme.TableCell, null, ThinRule), header);
        }

        _y += BlockSpacing;
    }

    /// <summary>
    /// Places a row where it fits, else on the next page (after the repeated header); a row taller
    /// than a whole page is split between its lines.
    /// </summary>
    private void AddRow(LayoutRow row, LayoutRow? header)
    {
        var roomOnEmptyPage = PdfTheme.ContentBottom - PdfTheme.ContentTop - (header?.Height ?? 0);
        while (row.Height > PdfTheme.ContentBottom - _y)
        {
            var linesThatFit = (int)((PdfTheme.ContentBottom - _y - 2 * PdfTheme.CellPaddingY) / row.LineHeight);
            if (row.Height > roomOnEmptyPage && linesThatFit > 0)
            {
                DrawRow(row.Take(linesThatFit));
                row = row.Skip(linesThatFit);
            }

            NewPage();
            if (header is not null)
            {
                DrawRow(header);
            }
        }

        DrawRow(row);
    }

    private void DrawRow(LayoutRow row)
    {
        Page.AddRange(row.OpsAt(_y));
        _y += row.Height;
    }

    private void EnsureSpace(float height)
    {
        if (_y + height > PdfTheme.ContentBottom && !AtPageTop)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _pages.Add([]);
        _y = PdfTheme.ContentTop;
    }
}
