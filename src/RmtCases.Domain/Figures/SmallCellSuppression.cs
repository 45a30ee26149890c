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
        Secondary(values, lines, threshold, shown);
        return shown;
    }

    /// <summary>
    /// Secondary suppression from a given pattern: while the attack pins a suppressed cell, hide the cheapest shown
    /// cell of a line through it. Only ever hides more.
    /// </summary>
    private static void Secondary(IReadOnlyList<long> values, IReadOnlyList<SuppressionLine> lines, int threshold, CellShown[] shown)
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

        var propagation = new Propagation(values.Count, lines);
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

    /// <summary>
    /// The same grid published for several parts (the regions) and for their sum (the national total), as an
    /// administrator sees them one page after another: each part suppressed on its own, as its own page shows it
    /// (<see cref="Apply"/>), and the total by <see cref="ApplyToSum"/>. Returns one pattern per part, then the total's.
    /// </summary>
    public static CellShown[][] ApplyAcross(IReadOnlyList<IReadOnlyList<long>> parts, IReadOnlyList<SuppressionLine> lines, int threshold = DefaultThreshold)
    {
        var partsShown = parts.Select(p => Apply(p, lines, threshold)).ToList();
        return [.. partsShown, ApplyToSum(parts, partsShown, lines, threshold)];
    }

    /// <summary>
    /// The pattern of the sum of parts that are published already, each suppressed on its own (the national figure
    /// next to every region's): the parts' patterns stay as they are, so a region's page is the same for its
    /// caseworkers and for an administrator, and depends on nothing outside the region. Every national cell is the
    /// sum of the regions' cells, so a shown national cell with a suppressed region cell in it gives that cell away
    /// (national less the other regions), or the sum of several. Such a national cell is withheld ("x", any count),
    /// and then the national table gets its own secondary suppression. Then one attack over all views together
    /// (<see cref="Stack"/>) checks the rest: a national cell shown next to several suppressed region cells, or the
    /// "&lt; 5" of a national cell, may still pin one; those national cells are withheld and the check runs again.
    /// If that does not settle it, every national cell with a suppressed region cell in it is withheld: then the
    /// national table publishes nothing that the regions' pages do not.
    /// </summary>
    public static CellShown[] ApplyToSum(
        IReadOnlyList<IReadOnlyList<long>> parts, IReadOnlyList<IReadOnlyList<CellShown>> partsShown, IReadOnlyList<SuppressionLine> lines, int threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        var (values, stacked) = Stack(parts, lines);
        var size = values.Length / (parts.Count + 1);
        var offset = parts.Count * size;
        var total = values[offset..];
        var suppressedParts = new int[size];
        foreach (var part in partsShown)
        {
            for (var i = 0; i < size; i++)
            {
                suppressedParts[i] += part[i] == CellShown.Value ? 0 : 1;
            }
        }

        var shown = total.Select(v => v > 0 && v < threshold ? CellShown.Small : CellShown.Value).ToArray();
        for (var i = 0; i < size; i++)
        {
            // One suppressed region cell and a shown national one: the national less the others' is that cell. A small
            // national cell is no value, and with one suppressed region cell the others are 0: it says no more.
            if (suppressedParts[i] == 1 && shown[i] == CellShown.Value)
            {
                shown[i] = CellShown.Withheld;
            }
        }

        var all = new CellShown[values.Length];
        for (var k = 0; k < parts.Count; k++)
        {
            for (var i = 0; i < size; i++)
            {
                all[k * size + i] = partsShown[k][i];
            }
        }

        // What a region's own page gives away already (a line of nothing but suppressed cells can still pin one) is
        // not the national table's doing, and no national cell can take it back.
        HashSet<int>? pinnedAlone = null;
        for (var round = 0; round < 3; round++)
        {
            Secondary(total, lines, threshold, shown);
            shown.CopyTo(all, offset);
            var bounds = Attack(values, all, stacked, threshold);
            // A national count of at least the threshold may come out (from regions that show all of theirs, it is
            // theirs added up); a region's suppressed cell or a small national count may not.
            var pinned = Enumerable.Range(0, values.Length)
                .Where(c => all[c] != CellShown.Value && bounds[c].Pinned && (c < offset || total[c - offset] < threshold))
                .ToList();
            if (pinned.Count > 0)
            {
                pinnedAlone ??= [.. Enumerable.Range(0, parts.Count).SelectMany(k =>
                {
                    var alone = Attack(parts[k], partsShown[k], lines, threshold);
                    return Enumerable.Range(0, size).Where(i => partsShown[k][i] != CellShown.Value && alone[i].Pinned).Select(i => k * size + i);
                })];
                pinned.RemoveAll(pinnedAlone.Contains);
            }

            if (pinned.Count == 0)
            {
                return shown;
            }

            var leaking = pinned.Select(c => c % size).Where(i => suppressedParts[i] > 0 && shown[i] != CellShown.Withheld).Distinct().ToList();
            if (leaking.Count == 0)
            {
                break;
            }

            foreach (var i in leaking)
            {
                shown[i] = CellShown.Withheld;
            }
        }

        for (var i = 0; i < size; i++)
        {
            if (suppressedParts[i] > 0)
            {
                shown[i] = CellShown.Withheld;
            }
        }

        Secondary(total, lines, threshold, shown);
        return shown;
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
    /// What a reader can derive: interval propagation over every line until nothing tightens. A shown cell is
    /// its value; a small one lies in [1, threshold-1]; a hidden one is at least the threshold (it was not small);
    /// a withheld one is at least 1.
    /// </summary>
    public static CellBounds[] Attack(IReadOnlyList<long> values, IReadOnlyList<CellShown> shown, IReadOnlyList<SuppressionLine> lines, int threshold) =>
        new Propagation(values.Count, lines).Run(values, shown, threshold);

    /// <summary>
    /// The lines of a grid as arrays, with the lines through each cell, built once for the many attacks of
    /// <see cref="Secondary"/>. A work list of lines: a line is looked at again only when one of its cells tightened.
    /// Tightening is monotone, so the order does not change where it ends (the one largest set of bounds every line
    /// allows).
    /// </summary>
    private sealed class Propagation
    {
        private readonly int[] _totals;
        private readonly int[][] _parts;
        private readonly int[][] _linesOf;

        public Propagation(int cells, IReadOnlyList<SuppressionLine> lines)
        {
            var linesOf = new List<int>[cells];
            for (var i = 0; i < cells; i++)
            {
                linesOf[i] = [];
            }

            _totals = new int[lines.Count];
            _parts = new int[lines.Count][];
            for (var l = 0; l < lines.Count; l++)
            {
                _totals[l] = lines[l].Total;
                _parts[l] = [.. lines[l].Parts];
                linesOf[_totals[l]].Add(l);
                foreach (var part in _parts[l])
                {
                    linesOf[part].Add(l);
                }
            }

            _linesOf = [.. linesOf.Select(l => l.ToArray())];
        }

        public CellBounds[] Run(IReadOnlyList<long> values, IReadOnlyList<CellShown> shown, int threshold)
        {
            var count = values.Count;
            long max = 0;
            for (var i = 0; i < count; i++)
            {
                max = Math.Max(max, values[i]);
            }

            var upper = Math.Max(threshold, max) * Math.Max(1L, count);
            var low = new long[count];
            var high = new long[count];
            for (var i = 0; i < count; i++)
            {
                (low[i], high[i]) = shown[i] switch
                {
                    CellShown.Value => (values[i], values[i]),
                    CellShown.Small => (1L, threshold - 1L),
                    CellShown.Withheld => (1L, upper),
                    _ => (threshold, upper),
                };
            }

            var lines = _totals.Length;
            var queued = new bool[lines];
            var queue = new Queue<int>(lines);
            for (var l = 0; l < lines; l++)
            {
                queued[l] = true;
                queue.Enqueue(l);
            }

            void Tighten(int cell, long newLow, long newHigh)
            {
                if (newLow <= low[cell] && newHigh >= high[cell])
                {
                    return;
                }

                low[cell] = Math.Max(low[cell], newLow);
                high[cell] = Math.Min(high[cell], newHigh);
                foreach (var l in _linesOf[cell])
                {
                    if (!queued[l])
                    {
                        queued[l] = true;
                        queue.Enqueue(l);
                    }
                }
            }

            while (queue.TryDequeue(out var line))
            {
                queued[line] = false;
                // total = Σ parts: each part lies within total minus the others, the total within the parts' sum.
                long partsLow = 0, partsHigh = 0;
                var parts = _parts[line];
                foreach (var part in parts)
                {
                    partsLow += low[part];
                    partsHigh += high[part];
                }

                var total = _totals[line];
                Tighten(total, partsLow, partsHigh);
                foreach (var part in parts)
                {
                    Tighten(part, low[total] - (partsHigh - high[part]), high[total] - (partsLow - low[part]));
                }
            }

            var bounds = new CellBounds[count];
            for (var i = 0; i < count; i++)
            {
                bounds[i] = new CellBounds(low[i], high[i]);
            }

            return bounds;
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
