namespace RmtCases.Domain.Figures;

/// <summary>
/// What a region may spend in a year, entered by administrators: personnel (the RMT's own staff) and
/// interventions (the services bought). Not personal data.
/// </summary>
public sealed class RegionBudget
{
    public int RegionId { get; set; }
    public int Year { get; set; }

    /// <summary>Euros with cents.</summary>
    public decimal Personnel { get; set; }

    /// <summary>Euros with cents.</summary>
    public decimal Intervention { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
    public Guid ChangedByUserId { get; set; }
}
