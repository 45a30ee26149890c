namespace RmtCases.Domain.Figures;

/// <summary>
/// A year of services: per quarter one cell per service type and provider, a total per type and per quarter,
/// and the year's total. Used for the counts, and the same pattern hides the money of a hidden count.
/// </summary>
public sealed class QuarterServiceGrid
{
    private readonly int _combinations;
    private readonly int _types;

    /// <param name="typeOfCombination">For each combination of type and provider, the index of its type.</param>
    public QuarterServiceGrid(IReadOnlyList<int> typeOfCombination, int types)
    {
        _combinations = typeOfCombination.Count;
        _types = types;
        var lines = new List<SuppressionLine>();
        for (var q = 0; q < 4; q++)
        {
            for (var t = 0; t < types; t++)
            {
                lines.Add(new SuppressionLine(TypeTotal(q, t), [.. Enumerable.Range(0, _combinations).Where(j => typeOfCombination[j] == t).Select(j => Cell(q, j))]));
            }

            lines.Add(new SuppressionLine(QuarterTotal(q), [.. Enumerable.Range(0, types).Select(t => TypeTotal(q, t))]));
        }

        lines.Add(new SuppressionLine(YearTotal, [.. Enumerable.Range(0, 4).Select(QuarterTotal)]));
        Lines = lines;
        Size = 4 * (_combinations + types + 1) + 1;
    }

    public int Size { get; }

    public IReadOnlyList<SuppressionLine> Lines { get; }

    private int PerQuarter => _combinations + _types + 1;

    public int Cell(int quarter, int combination) => quarter * PerQuarter + combination;

    public int TypeTotal(int quarter, int type) => quarter * PerQuarter + _combinations + type;

    public int QuarterTotal(int quarter) => quarter * PerQuarter + _combinations + _types;

    public int YearTotal => 4 * PerQuarter;
}
