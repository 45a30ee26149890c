using FluentAssertions;
using RmtCases.Domain.Figures;
using Xunit;

namespace RmtCases.Domain.Tests.Figures;

/// <summary>
/// Small-number suppression, tested by trying to get the suppressed cells back: by hand for known tables,
/// by exhaustive search over every completion of small random tables, and by solving lines with one unknown
/// over a whole year of months.
/// </summary>
public sealed class SmallCellSuppressionTests
{
    private const int Threshold = 5;

    /// <summary>"a b | t; c d | u; = v w | x": rows of cells with their row total, then the column totals and the grand total.</summary>
    private static (long[] Values, List<SuppressionLine> Lines, int Rows, int Columns) Grid(long[,] inner)
    {
        var rows = inner.GetLength(0);
        var columns = inner.GetLength(1);
        var width = columns + 1;
        var values = new long[(rows + 1) * width];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                values[r * width + c] = inner[r, c];
                values[r * width + columns] += inner[r, c];
                values[rows * width + c] += inner[r, c];
                values[rows * width + columns] += inner[r, c];
            }
        }

        var lines = new List<SuppressionLine>();
        for (var r = 0; r <= rows; r++)
        {
            lines.Add(new SuppressionLine(r * width + columns, [.. Enumerable.Range(0, columns).Select(c => r * width + c)]));
        }

        for (var c = 0; c <= columns; c++)
        {
            lines.Add(new SuppressionLine(rows * width + c, [.. Enumerable.Range(0, rows).Select(r => r * width + c)]));
        }

        return (values, lines, rows, columns);
    }

    [Theory]
    // inner cells, row by row; the expected pattern of the whole grid: . shown, s small, x hidden (rows incl. totals)
    [InlineData("10 20; 30 40", "... ... ...")]
    [InlineData("3 20; 30 40", "sx. xx. ...")]
    [InlineData("3 20 25; 30 40 50", "sx.. xx.. ....")]
    [InlineData("0 0; 0 0", "... ... ...")]
    public void Known_tables_get_the_expected_pattern(string cells, string expected)
    {
        var inner = Parse(cells);
        var (values, lines, _, _) = Grid(inner);
        var shown = SmallCellSuppression.Apply(values, lines, Threshold);
        Pattern(shown, inner.GetLength(1) + 1).Should().Be(expected);
    }

    [Theory]
    [InlineData("4 4; 30 40")]
    [InlineData("2 9; 9 9")]
    [InlineData("1 1 1; 1 1 1")]
    [InlineData("0 3; 4 0")]
    [InlineData("4 4 4; 20 30 40; 1 50 60")]
    public void No_suppressed_cell_of_a_known_table_can_be_pinned(string cells)
    {
        var (values, lines, _, _) = Grid(Parse(cells));
        var shown = SmallCellSuppression.Apply(values, lines, Threshold);
        values.Where((v, i) => v is > 0 and < Threshold && shown[i] == CellShown.Value).Should().BeEmpty();
        Enumerable.Range(0, values.Length).Where(i => shown[i] != CellShown.Value && Recoverable(values, shown, lines, i)).Should().BeEmpty();
    }

    [Fact]
    public void A_larger_threshold_is_honoured()
    {
        var (values, lines, _, _) = Grid(Parse("7 20; 30 40"));
        SmallCellSuppression.Apply(values, lines, threshold: 10)[0].Should().Be(CellShown.Small);
        SmallCellSuppression.Apply(values, lines, threshold: 5)[0].Should().Be(CellShown.Value);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 2)]
    [InlineData(3, 3)]
    public void No_suppressed_cell_of_a_random_table_has_only_one_possible_value(int rows, int columns)
    {
        var random = new Random(rows * 100 + columns);
        var tried = 0;
        for (var round = 0; round < 80; round++)
        {
            var inner = new long[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    // Mostly small numbers, so that suppression has work to do.
                    inner[r, c] = random.Next(3) == 0 ? random.Next(5, 10) : random.Next(0, 6);
                }
            }

            var (values, lines, _, _) = Grid(inner);
            var shown = SmallCellSuppression.Apply(values, lines, Threshold);
            var unknown = Enumerable.Range(0, values.Length).Where(i => shown[i] != CellShown.Value).ToList();
            if (unknown.Count == 0 || unknown.Count > 6)
            {
                continue;
            }

            tried++;
            foreach (var cell in unknown)
            {
                Recoverable(values, shown, lines, cell).Should().BeFalse(
                    $"cell {cell} of {string.Join(' ', values)} (pattern {Pattern(shown, columns + 1)}) must have another possible value");
            }
        }

        tried.Should().BeGreaterThan(5);
    }

    [Fact]
    public void A_year_of_months_gives_nothing_away_to_solving_lines_with_one_unknown()
    {
        var random = new Random(18);
        for (var round = 0; round < 200; round++)
        {
            var grid = new YearMonthGrid(5, rowTotals: round % 2 == 0);
            var monthly = new long[12, 5];
            for (var m = 0; m < 12; m++)
            {
                for (var c = 0; c < 5; c++)
                {
                    monthly[m, c] = random.Next(4) == 0 ? random.Next(0, 5) : random.Next(0, 40);
                }
            }

            var values = grid.Values((m, c) => monthly[m, c]);
            var shown = SmallCellSuppression.Apply(values, grid.Lines, Threshold);
            var known = shown.Select(s => s == CellShown.Value).ToArray();
            // The attack: any line with exactly one unknown gives it away; repeat until nothing more comes.
            bool progress;
            do
            {
                progress = false;
                foreach (var line in grid.Lines)
                {
                    var cells = line.Parts.Append(line.Total).ToList();
                    if (cells.Count(c => !known[c]) == 1)
                    {
                        known[cells.Single(c => !known[c])] = true;
                        progress = true;
                    }
                }
            }
            while (progress);

            Enumerable.Range(0, values.Length).Where(i => shown[i] == CellShown.Small && known[i]).Should().BeEmpty();
            values.Where((v, i) => v is > 0 and < Threshold && shown[i] == CellShown.Value).Should().BeEmpty("every small value is suppressed");
        }
    }

    [Fact]
    public void Services_per_quarter_hide_a_lone_small_provider_and_keep_the_year_total_safe()
    {
        // Two types; type 0 has providers 0 and 1, type 1 has provider 2.
        var grid = new QuarterServiceGrid([0, 0, 1], 2);
        var values = new long[grid.Size];
        void Add(int q, int j, int type, long n)
        {
            foreach (var cell in new[] { grid.Cell(q, j), grid.TypeTotal(q, type), grid.QuarterTotal(q), grid.YearTotal })
            {
                values[cell] += n;
            }
        }

        for (var q = 0; q < 4; q++)
        {
            Add(q, 0, 0, 20);
            Add(q, 1, 0, q == 2 ? 2 : 15);
            Add(q, 2, 1, 30);
        }

        var shown = SmallCellSuppression.Apply(values, grid.Lines, Threshold);
        shown[grid.Cell(2, 1)].Should().Be(CellShown.Small);
        shown[grid.Cell(2, 0)].Should().Be(CellShown.Hidden, "else the type total gives the small cell away");
        var bounds = SmallCellSuppression.Attack(values, shown, grid.Lines, Threshold);
        Enumerable.Range(0, values.Length).Where(i => shown[i] != CellShown.Value && bounds[i].Pinned).Should().BeEmpty();
    }

    /// <summary>Whether any completion of the published table consistent with every line gives the cell another value than its own.</summary>
    private static bool Recoverable(long[] values, CellShown[] shown, List<SuppressionLine> lines, int cell)
    {
        // A hidden part is at most the smallest shown total of a line it is in; the true value always fits. A hidden
        // cell no shown total bounds is searched up to twice the table's sum: the reader knows no bound for it.
        var unbounded = 2 * values.Sum() + Threshold;
        var caps = Enumerable.Range(0, values.Length).Select(i => lines.Where(l => l.Parts.Contains(i) && shown[l.Total] == CellShown.Value)
            .Select(l => values[l.Total]).DefaultIfEmpty(unbounded).Min()).ToArray();
        var unknown = Enumerable.Range(0, values.Length).Where(i => shown[i] != CellShown.Value).ToList();
        (long Low, long High) Domain(int i) => shown[i] == CellShown.Small ? (1, Threshold - 1) : (Threshold, Math.Max(Threshold, caps[i]));
        for (var candidate = Domain(cell).Low; candidate <= Domain(cell).High; candidate++)
        {
            if (candidate == values[cell])
            {
                continue;
            }

            var assignment = (long[])values.Clone();
            var assigned = shown.Select(s => s == CellShown.Value).ToArray();
            assignment[cell] = candidate;
            assigned[cell] = true;
            var rest = unknown.Where(i => i != cell).ToList();
            if (Complete(0))
            {
                return false;
            }

            bool Complete(int index)
            {
                if (!Consistent())
                {
                    return false;
                }

                if (index == rest.Count)
                {
                    return true;
                }

                var i = rest[index];
                var (low, high) = Domain(i);
                for (var v = low; v <= high; v++)
                {
                    assignment[i] = v;
                    assigned[i] = true;
                    if (Complete(index + 1))
                    {
                        return true;
                    }
                }

                assigned[i] = false;
                return false;
            }

            // Every line must still be able to add up: what is assigned plus the least and the most the rest can be.
            bool Consistent() => lines.All(line =>
            {
                long Low(int c) => assigned[c] ? assignment[c] : Domain(c).Low;
                long High(int c) => assigned[c] ? assignment[c] : Domain(c).High;
                var low = line.Parts.Sum(Low);
                var high = line.Parts.Sum(High);
                return low <= High(line.Total) && high >= Low(line.Total);
            });
        }

        return true;
    }

    private static long[,] Parse(string cells)
    {
        var rows = cells.Split(';', StringSplitOptions.TrimEntries).Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray()).ToArray();
        var grid = new long[rows.Length, rows[0].Length];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[0].Length; c++)
            {
                grid[r, c] = rows[r][c];
            }
        }

        return grid;
    }

    private static string Pattern(CellShown[] shown, int width) => string.Join(' ', shown.Chunk(width).Select(row =>
        new string([.. row.Select(s => s switch { CellShown.Value => '.', CellShown.Small => 's', _ => 'x' })])));
}
