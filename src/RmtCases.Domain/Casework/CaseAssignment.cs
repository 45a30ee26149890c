using RmtCases.Domain.Participants;

namespace RmtCases.Domain.Casework;

/// <summary>
/// Who holds a case for one involved organisation: at most one casehouder per organisation per participant,
/// a caseworker of that organisation. Erased with the participant.
/// </summary>
public sealed class CaseAssignment : IParticipantRow
{
    public Guid ParticipantId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset Since { get; set; }
}
