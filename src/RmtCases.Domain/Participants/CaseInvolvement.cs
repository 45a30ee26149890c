using RmtCases.Domain.Organisations;

namespace RmtCases.Domain.Participants;

public sealed class CaseInvolvement
{
    public Guid ParticipantId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTimeOffset Since { get; set; }
}
