namespace RmtCases.Domain.Figures;

public enum CellShown
{
    Value,

    /// <summary>From 1 to below the threshold: shown as "&lt; 5".</summary>
    Small,

    /// <summary>Not small itself, but hidden so that a small cell cannot be worked out from the totals.</summary>
    Hidden,
}
