using RmtCases.Domain.Participants;

namespace RmtCases.Web.Features.Figures;

/// <param name="Quarter">0–3 within the year.</param>
public sealed record ServiceAggregate(ServiceType Type, Guid ProviderId, string ProviderName, int Quarter, long Deliveries, decimal Amount);
