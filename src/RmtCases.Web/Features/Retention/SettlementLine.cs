namespace RmtCases.Web.Features.Retention;

public sealed record SettlementLine(int RegionId, Guid ProviderOrganisationId, int ServiceType, string Quarter, int Deliveries, decimal TotalAmount);
