namespace RmtCases.Domain.Figures;

/// <summary>
/// The lines of a grid as arrays, with the lines through each cell, built once for the many attacks of
/// <see cref="SecondarySuppression"/>. A work list of lines: a line is looked at again only when one of its cells tightened.
/// Tightening is monotone, so the order does not change where it ends (the one largest set of bounds every line
/// allows).
/// </summary>
internal sealed class BoundsPropagation
{
    private readonly int[] _totals;
    private readonly int[][] _parts;
    private readonly int[][] _linesOf;

    public BoundsPropagation(int cells, IReadOnlyList<SuppressionLine> lines)
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
