using RmtCases.Domain.Participants;

namespace RmtCases.Domain.Retention;

/// <summary>Anonymous financial-settlement row: no participant id, name or date of birth.</summary>
public sealed class FinancialSettlement
{
    public long Id { get; set; }
    public Guid PurgeRunId { get; set; }
    public int RegionId { get; set; }
    public Guid ProviderOrganisationId { get; set; }
    public ServiceType ServiceType { get; set; }
    /// <summary>"2022-K3".</summary>
    public required string Quarter { get; set; }
    public int Deliveries { get; set; }
    public decimal TotalAmount { get; set; }
}
