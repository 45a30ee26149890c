namespace RmtCases.Domain.Organisations;

/// <summary>A labour-market region (arbeidsmarktregio); one RMT each.</summary>
public sealed class Region
{
    public int Id { get; set; }
    public required string Name { get; set; }
}
