namespace RmtCases.Domain.Figures;

/// <summary>
/// The secondary step of <see cref="SmallCellSuppression"/>: as long as a reader of the published cells can pin a
/// suppressed cell to one value through the totals (<see cref="BoundsPropagation"/>), another cell of a line through
/// it is hidden too.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>
    /// Secondary suppression from a given pattern: while the attack pins a suppressed cell, hide the cheapest shown
    /// cell of a line through it. Only ever hides more.
    /// </summary>
    public static void Apply(IReadOnlyList<long> values, IReadOnlyList<SuppressionLine> lines, int threshold, CellShown[] shown)
    {
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

        var propagation = new BoundsPropagation(values.Count, lines);
        // Each round hides one more cell, so this ends after at most values.Count rounds.
        while (true)
        {
            var bounds = propagation.Run(values, shown, threshold);
            // The least of (is a total, suppressed cells in its line, value, index) over the candidates of every pinned
            // cell: parts before totals, the line that most likely gives the cell away first, then the smallest.
            var candidate = -1;
            (int IsTotal, int Suppressed, long Value, int Cell) best = default;
            for (var pinned = 0; pinned < values.Count; pinned++)
            {
                if (shown[pinned] == CellShown.Value || !bounds[pinned].Pinned)
                {
                    continue;
                }

                foreach (var line in linesOf[pinned])
                {
                    var cell = Cheapest(line, values, shown);
                    if (cell < 0)
                    {
                        continue;
                    }

                    var suppressed = shown[line.Total] != CellShown.Value ? 1 : 0;
                    foreach (var part in line.Parts)
                    {
                        suppressed += shown[part] != CellShown.Value ? 1 : 0;
                    }

                    var key = (cell == line.Total ? 1 : 0, suppressed, values[cell], cell);
                    if (candidate < 0 || key.CompareTo(best) < 0)
                    {
                        best = key;
                        candidate = cell;
                    }
                }
            }

            if (candidate < 0)
            {
                // Nothing pinned, or every line through a pinned cell is suppressed already: nothing left to hide.
                return;
            }

            shown[candidate] = CellShown.Hidden;
        }
    }

    /// <summary>The smallest shown non-zero part of the line, else its total if shown; -1 when the line has nothing left to hide.</summary>
    private static int Cheapest(SuppressionLine line, IReadOnlyList<long> values, CellShown[] shown)
    {
        // A zero is never hidden: hiding it protects nothing, and a hidden cell is known to be at least the threshold.
        var part = -1;
        foreach (var p in line.Parts)
        {
            if (shown[p] == CellShown.Value && values[p] > 0 && (part < 0 || values[p] < values[part] || (values[p] == values[part] && p < part)))
            {
                part = p;
            }
        }

        return part >= 0 ? part : shown[line.Total] == CellShown.Value && values[line.Total] > 0 ? line.Total : -1;
    }
}
