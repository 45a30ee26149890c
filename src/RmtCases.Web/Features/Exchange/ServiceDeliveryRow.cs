using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Exchange;

public sealed record ServiceDeliveryRow(ServiceType ServiceType, string ProviderName, DateOnly StartDate, DateOnly EndDate, decimal Cost);
