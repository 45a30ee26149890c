namespace RmtCases.Domain.Figures;

public enum CellShown
{
    Value,

    /// <summary>From 1 to below the threshold: shown as "&lt; 5".</summary>
    Small,

    /// <summary>Not small itself, but hidden so that a small cell cannot be worked out from the totals.</summary>
    Hidden,

    /// <summary>
    /// A total of regions (the national figure) left out because a region's cell in it is suppressed: shown as "x"
    /// too, and it may be any count from 1 (it can be small itself), so nobody can read a bound into it.
    /// </summary>
    Withheld,
}
