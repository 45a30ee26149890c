namespace RmtCases.Domain.Casework;

/// <summary>An action a plan may contain, kept by administrators. Retired items stay for the plans that name them.</summary>
public sealed class ActionCatalogueItem
{
    public Guid Id { get; set; } = Ids.New();
    public required string Name { get; set; }
    public bool IsActive { get; set; } = true;
    public int Position { get; set; }
}
