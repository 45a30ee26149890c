using RmtCases.Domain.Organisations;

namespace RmtCases.Domain.Participants;

public sealed class ServiceDelivery : IParticipantEntry
{
    public Guid Id { get; set; } = Ids.New();
    public Guid ParticipantId { get; set; }
    public ServiceType ServiceType { get; set; }
    public Guid ProviderOrganisationId { get; set; }
    public Organisation? Provider { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    /// <summary>Euros with cents.</summary>
    public decimal Cost { get; set; }
}
