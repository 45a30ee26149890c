namespace RmtCases.Domain.Figures;

/// <summary>
/// A year of monthly counts in some columns, with its quarter and year totals, and columns that total others
/// (per row: a total of all, or subtotals). Suppression runs over the whole year, whichever period a page shows, so
/// the month, quarter and year views publish cells of one pattern and cannot be played off against each other.
/// </summary>
public sealed class YearMonthGrid
{
    private const int Rows = 12 + 4 + 1;
    private readonly IReadOnlyList<(int Total, int[] Parts)> _columnTotals;

    /// <param name="columns">The counted columns.</param>
    /// <param name="rowTotals">Whether a last column totals all of them.</param>
    public YearMonthGrid(int columns, bool rowTotals)
        : this(columns + (rowTotals ? 1 : 0), rowTotals ? [(columns, [.. Enumerable.Range(0, columns)])] : [])
    {
    }

    /// <param name="width">Every column, counted ones and totals.</param>
    /// <param name="columnTotals">Per total column the columns it adds up, in an order where parts come before their total.</param>
    public YearMonthGrid(int width, IReadOnlyList<(int Total, int[] Parts)> columnTotals)
    {
        Width = width;
        _columnTotals = columnTotals;
        var lines = new List<SuppressionLine>();
        for (var row = 0; row < Rows; row++)
        {
            foreach (var (total, parts) in columnTotals)
            {
                lines.Add(new SuppressionLine(row * width + total, [.. parts.Select(c => row * width + c)]));
            }
        }

        for (var column = 0; column < width; column++)
        {
            for (var quarter = 0; quarter < 4; quarter++)
            {
                lines.Add(new SuppressionLine(Quarter(quarter, column), [.. Enumerable.Range(quarter * 3, 3).Select(m => Month(m, column))]));
            }

            lines.Add(new SuppressionLine(Year(column), [.. Enumerable.Range(0, 4).Select(q => Quarter(q, column))]));
        }

        Lines = lines;
        Size = Rows * width;
    }

    public int Width { get; }

    public int Size { get; }

    public IReadOnlyList<SuppressionLine> Lines { get; }

    /// <summary>The last total column (with row totals: the total of the row).</summary>
    public int TotalColumn => _columnTotals.Count > 0 ? _columnTotals[^1].Total : throw new InvalidOperationException("This grid has no row totals.");

    /// <param name="month">0–11.</param>
    public int Month(int month, int column) => month * Width + column;

    /// <param name="quarter">0–3.</param>
    public int Quarter(int quarter, int column) => (12 + quarter) * Width + column;

    public int Year(int column) => 16 * Width + column;

    /// <summary>Fills every cell from the counted columns' monthly values (month 0–11, column).</summary>
    public long[] Values(Func<int, int, long> monthly)
    {
        var values = new long[Size];
        var totals = _columnTotals.Select(t => t.Total).ToHashSet();
        for (var m = 0; m < 12; m++)
        {
            for (var c = 0; c < Width; c++)
            {
                if (!totals.Contains(c))
                {
                    values[Month(m, c)] = monthly(m, c);
                }
            }

            foreach (var (total, parts) in _columnTotals)
            {
                values[Month(m, total)] = parts.Sum(p => values[Month(m, p)]);
            }

            for (var c = 0; c < Width; c++)
            {
                values[Quarter(m / 3, c)] += values[Month(m, c)];
                values[Year(c)] += values[Month(m, c)];
            }
        }

        return values;
    }
}
