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
        SecondarySuppression.Apply(values, lines, threshold, shown);
        return shown;
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
            SecondarySuppression.Apply(total, lines, threshold, shown);
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

        SecondarySuppression.Apply(total, lines, threshold, shown);
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
        new BoundsPropagation(values.Count, lines).Run(values, shown, threshold);
}
