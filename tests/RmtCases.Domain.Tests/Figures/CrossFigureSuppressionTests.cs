using FluentAssertions;
using RmtCases.Domain.Figures;
using Xunit;

namespace RmtCases.Domain.Tests.Figures;

/// <summary>
/// Issue 18: an administrator sees every region's figures and the national total, so a reader holds all of them at
/// once. These tests try to get a suppressed cell of one region back from the national cell and the other regions'
/// pages, first against tables suppressed one by one (it works: that is the leak), then against the views suppressed
/// together (<see cref="SmallCellSuppression.ApplyAcross"/>), where it must not.
/// </summary>
public sealed class CrossFigureSuppressionTests
{
    private const int Threshold = 5;

    /// <summary>A 2×2 table with its row, column and grand totals: "a b; c d" → a b r1 / c d r2 / k1 k2 t.</summary>
    private static (long[] Values, List<SuppressionLine> Lines) Table(string cells)
    {
        var v = cells.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
        long[] values = [v[0], v[1], v[0] + v[1], v[2], v[3], v[2] + v[3], v[0] + v[2], v[1] + v[3], v.Sum()];
        List<SuppressionLine> lines =
        [
            new(2, [0, 1]), new(5, [3, 4]), new(8, [6, 7]),
            new(6, [0, 3]), new(7, [1, 4]), new(8, [2, 5]),
        ];
        return (values, lines);
    }

    /// <summary>The suppressed cells someone holding every view can pin by the lines within and across views.</summary>
    private static List<int> Pinned(IReadOnlyList<long[]> regions, IReadOnlyList<SuppressionLine> lines, CellShown[] shown)
    {
        var (values, stacked) = SmallCellSuppression.Stack(regions, lines);
        var bounds = SmallCellSuppression.Attack(values, shown, stacked, Threshold);
        return [.. Enumerable.Range(0, values.Length).Where(i => shown[i] != CellShown.Value && bounds[i].Pinned)];
    }

    [Theory]
    // Regions' tables, separated by |; the first region's small cell is the one to recover.
    [InlineData("3 20; 30 40 | 10 20; 30 40 | 12 25; 31 44")]
    [InlineData("4 8; 9 30 | 6 7; 8 9 | 50 60; 70 80")]
    [InlineData("1 0; 0 0 | 9 9; 9 9 | 9 9; 9 9")]
    [InlineData("2 2; 2 2 | 2 2; 2 2 | 20 20; 20 20")]
    [InlineData("0 3; 40 50 | 6 0; 0 7 | 8 9; 10 0")]
    public void No_suppressed_cell_of_a_region_follows_from_the_national_total_and_the_other_regions(string tables)
    {
        var regions = tables.Split('|').Select(t => Table(t).Values).ToList();
        var lines = Table("0 0; 0 0").Lines;

        var together = SmallCellSuppression.ApplyAcross(regions, lines, Threshold);

        together.Should().HaveCount(regions.Count + 1);
        var shown = together.SelectMany(s => s).ToArray();
        var (values, _) = SmallCellSuppression.Stack(regions, lines);
        values.Where((v, i) => v is > 0 and < Threshold && shown[i] == CellShown.Value).Should().BeEmpty("a small count is never shown");
        Pinned(regions, lines, shown).Should().BeEmpty();
    }

    [Fact]
    public void Tables_suppressed_one_by_one_give_a_region_s_small_cell_away_through_the_national_total()
    {
        var regions = "3 20; 30 40 | 10 20; 30 40 | 12 25; 31 44".Split('|').Select(t => Table(t).Values).ToList();
        var lines = Table("0 0; 0 0").Lines;
        var (values, _) = SmallCellSuppression.Stack(regions, lines);
        var national = values[^9..];

        var oneByOne = regions.Select(r => SmallCellSuppression.Apply(r, lines, Threshold)).Append(SmallCellSuppression.Apply(national, lines, Threshold))
            .SelectMany(s => s).ToArray();

        oneByOne[0].Should().Be(CellShown.Small);
        Pinned(regions, lines, oneByOne).Should().Contain(0, "25 nationally less 10 and 12 is 3: why the views are suppressed together");
    }

    [Fact]
    public void The_national_view_of_regions_suppressed_together_shows_the_same_cells_the_regions_allow()
    {
        var regions = "3 20; 30 40 | 10 20; 30 40".Split('|').Select(t => Table(t).Values).ToList();
        var lines = Table("0 0; 0 0").Lines;

        var together = SmallCellSuppression.ApplyAcross(regions, lines, Threshold);

        // 13 nationally with 10 shown in the second region would give 3: one of them goes.
        (together[1][0] != CellShown.Value || together[2][0] != CellShown.Value).Should().BeTrue();
    }

    /// <summary>
    /// Random years of months for several regions, mostly small counts: every region's page is what it is alone,
    /// and no suppressed cell of any view (region or national) can be pinned from all views together, by bounds
    /// through every line or by solving lines with one unknown, beyond what the region's page alone gives.
    /// </summary>
    [Theory]
    [InlineData(1, 2, 8)]
    [InlineData(2, 3, 6)]
    [InlineData(3, 5, 12)]
    [InlineData(4, 8, 4)]
    [InlineData(5, 12, 30)]
    public void No_combination_of_region_pages_and_the_national_page_pins_a_suppressed_cell(int seed, int regionCount, int largest)
    {
        for (var round = 0; round < 8; round++)
        {
            var random = new Random(seed * 100 + round);
            var grid = new YearMonthGrid(3, rowTotals: true);
            var regions = Enumerable.Range(0, regionCount)
                .Select(_ => grid.Values((m, c) => random.Next(0, 4) == 0 ? 0 : random.Next(0, largest)))
                .ToList();

            var together = SmallCellSuppression.ApplyAcross(regions, grid.Lines, Threshold);

            for (var k = 0; k < regionCount; k++)
            {
                together[k].Should().Equal(SmallCellSuppression.Apply(regions[k], grid.Lines, Threshold), "a region's page does not depend on the other regions");
            }

            var shown = together.SelectMany(t => t).ToArray();
            var (values, stacked) = SmallCellSuppression.Stack(regions, grid.Lines);
            values.Where((v, i) => v is > 0 and < Threshold && shown[i] == CellShown.Value).Should().BeEmpty("a small count is never shown");
            // A national count of at least 5 may come out: it describes no one, and what it is made of still does not.
            var offset = regionCount * grid.Size;
            var alone = PinnedAlone(regions, grid.Lines, together).Concat(Enumerable.Range(offset, grid.Size).Where(c => values[c] >= Threshold)).ToList();
            Pinned(regions, grid.Lines, shown).Except(alone).Should().BeEmpty($"seed {seed}, round {round}: no suppressed cell follows from all views");
            Solved(values, shown, stacked).Except(alone).Should().BeEmpty($"seed {seed}, round {round}: no line with one unknown");
        }
    }

    [Fact]
    public void Thirty_five_regions_of_a_year_of_outcomes_are_suppressed_across_in_memory_in_seconds_at_worst()
    {
        // The outcomes figure's shape (six outcomes, six reasons, three totals) for the 35 regions, a third of the cells
        // small: a worst case (each region's own secondary suppression, some 50 rounds each, is most of the time; the
        // national table across them is one to three attacks of all views).
        var random = new Random(18);
        var codes = Enumerable.Range(0, 6).ToArray();
        var grid = new YearMonthGrid(15, [(12, codes), (13, [.. codes.Select(c => c + 6)]), (14, [12, 13])]);
        var regions = Enumerable.Range(0, 35).Select(_ => grid.Values((m, c) => random.Next(0, 3) == 0 ? random.Next(0, 5) : random.Next(0, 40))).ToList();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var together = SmallCellSuppression.ApplyAcross(regions, grid.Lines, Threshold);
        watch.Stop();

        var shown = together.SelectMany(t => t).ToArray();
        var (values, _) = SmallCellSuppression.Stack(regions, grid.Lines);
        Pinned(regions, grid.Lines, shown).Except(PinnedAlone(regions, grid.Lines, together)).Where(c => c < 35 * grid.Size || values[c] < Threshold).Should().BeEmpty();
        together[^1].Count(c => c == CellShown.Value).Should().BeGreaterThan(0, "the national table still shows cells");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "35 regions and the national table, in memory, on a shared machine (suppressing all views as one table took 0.5 to 38 s per figure)");
    }

    /// <summary>The suppressed region cells a region's own page pins already (a line of nothing but suppressed cells).</summary>
    private static List<int> PinnedAlone(IReadOnlyList<long[]> regions, IReadOnlyList<SuppressionLine> lines, CellShown[][] together)
    {
        var size = regions[0].Length;
        return [.. Enumerable.Range(0, regions.Count).SelectMany(k =>
        {
            var bounds = SmallCellSuppression.Attack(regions[k], together[k], lines, Threshold);
            return Enumerable.Range(0, size).Where(i => together[k][i] != CellShown.Value && bounds[i].Pinned).Select(i => k * size + i);
        })];
    }

    /// <summary>Solving lines with one unknown, over and over: what someone with a spreadsheet and the pages would do.</summary>
    private static List<int> Solved(long[] values, CellShown[] shown, IReadOnlyList<SuppressionLine> lines)
    {
        var known = shown.Select(s => s == CellShown.Value).ToArray();
        var solved = new List<int>();
        var progress = true;
        while (progress)
        {
            progress = false;
            foreach (var line in lines)
            {
                var cells = line.Parts.Append(line.Total).ToList();
                var unknown = cells.Where(c => !known[c]).ToList();
                if (unknown.Count == 1)
                {
                    known[unknown[0]] = true;
                    solved.Add(unknown[0]);
                    progress = true;
                }
            }
        }

        return solved;
    }

    [Fact]
    public void Parts_of_different_grids_are_refused() =>
        FluentActions.Invoking(() => SmallCellSuppression.ApplyAcross([[1, 2], [1]], [], Threshold)).Should().Throw<ArgumentException>();
}
