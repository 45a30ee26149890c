namespace RmtCases.Domain.Figures;

/// <summary>What someone who reads the published figures can know of a cell: it lies in [Low, High].</summary>
public readonly record struct CellBounds(long Low, long High)
{
    public bool Pinned => Low == High;
}
