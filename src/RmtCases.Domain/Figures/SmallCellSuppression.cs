namespace RmtCases.Domain.Figures;

/// <summary>
/// Small-number suppression for a grid of counts with totals. A count from 1 to below the threshold is shown as
/// "&lt; threshold" (primary suppression); then, as long as someone reading the published cells could pin a
/// suppressed cell to one value through the totals, another cell of that line is hidden too (secondary
/// suppression). Counts of people reveal a person when small (AP z2021-2117: figures suppress cells below 5);
/// werkfitbehoud counts are counts of the banenafspraak group and fall under the same rule.
/// </summary>
public static class SmallCellSuppression
{
    public const int DefaultThreshold = 5;

    public static CellShown[] Apply(IReadOnlyList<long> values, IReadOnlyList<SuppressionLine> lines, int threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        // Zero is shown: an empty cell describes nobody.
        var shown = values.Select(v => v > 0 && v < threshold ? CellShown.Small : CellShown.Value).ToArray();
        var linesOf = new List<SuppressionLine>[values.Count];
        for (var i = 0; i < linesOf.Length; i++)
        {
            linesOf[i] = [];
        }

        foreach (var line in lines)
        {
            linesOf[line.Total].Add(line);
            foreach (var part in line.Parts)
            {
                linesOf[part].Add(line);
            }
        }

        // Each round hides one more cell, so this ends after at most values.Count rounds.
        while (true)
        {
            var bounds = Attack(values, shown, lines, threshold);
            var candidate = Enumerable.Range(0, values.Count)
                .Where(i => shown[i] != CellShown.Value && bounds[i].Pinned)
                .SelectMany(pinned => Candidates(linesOf[pinned], values, shown))
                .OrderBy(c => c.IsTotal)
                .ThenBy(c => c.Suppressed)
                .ThenBy(c => values[c.Cell])
                .ThenBy(c => c.Cell)
                .Select(c => c.Cell)
                .FirstOrDefault(-1);
            if (candidate < 0)
            {
                // Nothing pinned, or every line through a pinned cell is suppressed already: nothing left to hide.
                return shown;
            }

            shown[candidate] = CellShown.Hidden;
        }
    }

    /// <summary>
    /// The same grid published for several parts (the regions) and for their sum (the national total), as an
    /// administrator sees them one page after another: every national cell is the sum of the regions' cells, so a
    /// region's small cell would follow from the national cell less the other regions' shown ones. All views are
    /// suppressed as one table, each with its own lines and a line per cell from the regions to the national total,
    /// so that no combination of the pages pins a suppressed cell. Returns one pattern per part, then the total's.
    /// </summary>
    public static CellShown[][] ApplyAcross(IReadOnlyList<IReadOnlyList<long>> parts, IReadOnlyList<SuppressionLine> lines, int threshold = DefaultThreshold)
    {
        var (values, stacked) = Stack(parts, lines);
        var shown = Apply(values, stacked, threshold);
        var size = values.Length / (parts.Count + 1);
        return [.. shown.Chunk(size)];
    }

    /// <summary>
    /// The views of <see cref="ApplyAcross"/> as one table: part k's cell i at k·n + i, the total's after the parts,
    /// each view's lines moved with it, and per cell the line total = Σ parts.
    /// </summary>
    public static (long[] Values, IReadOnlyList<SuppressionLine> Lines) Stack(IReadOnlyList<IReadOnlyList<long>> parts, IReadOnlyList<SuppressionLine> lines)
    {
        var size = parts.Count == 0 ? 0 : parts[0].Count;
        if (parts.Any(p => p.Count != size))
        {
            throw new ArgumentException("Every part has the same grid.", nameof(parts));
        }

        var views = parts.Count + 1;
        var values = new long[views * size];
        for (var k = 0; k < parts.Count; k++)
        {
            for (var i = 0; i < size; i++)
            {
                values[k * size + i] = parts[k][i];
                values[parts.Count * size + i] += parts[k][i];
            }
        }

        var stacked = new List<SuppressionLine>(views * lines.Count + size);
        for (var k = 0; k < views; k++)
        {
            var offset = k * size;
            stacked.AddRange(lines.Select(l => new SuppressionLine(l.Total + offset, [.. l.Parts.Select(p => p + offset)])));
        }

        for (var i = 0; i < size; i++)
        {
            stacked.Add(new SuppressionLine(parts.Count * size + i, [.. Enumerable.Range(0, parts.Count).Select(k => k * size + i)]));
        }

        return (values, stacked);
    }

    /// <summary>
    /// The cells that could be hidden for a pinned one: per line through it, its smallest shown part, else its total,
    /// with how many cells of that line are suppressed already. Parts go before totals, and a line with few
    /// suppressed cells first: that is the line that most likely gives the cell away.
    /// </summary>
    private static IEnumerable<(int Cell, bool IsTotal, int Suppressed)> Candidates(List<SuppressionLine> lines, IReadOnlyList<long> values, CellShown[] shown) => lines
        .Select(line => (Cell: Cheapest(line, values, shown), Line: line))
        .Where(c => c.Cell >= 0)
        .Select(c => (c.Cell, c.Cell == c.Line.Total, c.Line.Parts.Append(c.Line.Total).Count(p => shown[p] != CellShown.Value)));

    /// <summary>
    /// What a reader can derive: interval propagation over every line until nothing tightens. A shown cell is
    /// its value; a small one lies in [1, threshold-1]; a hidden one is at least the threshold (it was not small).
    /// </summary>
    public static CellBounds[] Attack(IReadOnlyList<long> values, IReadOnlyList<CellShown> shown, IReadOnlyList<SuppressionLine> lines, int threshold)
    {
        var upper = Math.Max(threshold, values.Count == 0 ? 0 : values.Max()) * Math.Max(1L, values.Count);
        var bounds = new CellBounds[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            bounds[i] = shown[i] switch
            {
                CellShown.Value => new CellBounds(values[i], values[i]),
                CellShown.Small => new CellBounds(1, threshold - 1),
                _ => new CellBounds(threshold, upper),
            };
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var line in lines)
            {
                // total = Σ parts: each part lies within total minus the others, the total within the parts' sum.
                var partsLow = line.Parts.Sum(p => bounds[p].Low);
                var partsHigh = line.Parts.Sum(p => bounds[p].High);
                changed |= Tighten(bounds, line.Total, partsLow, partsHigh);
                foreach (var part in line.Parts)
                {
                    var othersLow = partsLow - bounds[part].Low;
                    var othersHigh = partsHigh - bounds[part].High;
                    changed |= Tighten(bounds, part, bounds[line.Total].Low - othersHigh, bounds[line.Total].High - othersLow);
                }
            }
        }

        return bounds;
    }

    private static bool Tighten(CellBounds[] bounds, int cell, long low, long high)
    {
        var current = bounds[cell];
        var tightened = new CellBounds(Math.Max(current.Low, low), Math.Min(current.High, high));
        if (tightened == current)
        {
            return false;
        }

        bounds[cell] = tightened;
        return true;
    }

    /// <summary>The smallest shown non-zero part of the line, else its total if shown; -1 when the line has nothing left to hide.</summary>
    private static int Cheapest(SuppressionLine line, IReadOnlyList<long> values, CellShown[] shown)
    {
        // A zero is never hidden: hiding it protects nothing, and a hidden cell is known to be at least the threshold.
        var part = line.Parts.Where(p => shown[p] == CellShown.Value && values[p] > 0).OrderBy(p => values[p]).ThenBy(p => p).FirstOrDefault(-1);
        return part >= 0 ? part : shown[line.Total] == CellShown.Value && values[line.Total] > 0 ? line.Total : -1;
    }
}
