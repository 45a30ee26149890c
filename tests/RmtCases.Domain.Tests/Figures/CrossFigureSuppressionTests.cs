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

    [Fact]
    public void Parts_of_different_grids_are_refused() =>
        FluentActions.Invoking(() => SmallCellSuppression.ApplyAcross([[1, 2], [1]], [], Threshold)).Should().Throw<ArgumentException>();
}
