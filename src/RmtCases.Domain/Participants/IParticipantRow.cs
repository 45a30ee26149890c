namespace RmtCases.Domain.Participants;

/// <summary>A row that belongs to one participant and goes with them (a list entry, a case assignment, a plan action).</summary>
public interface IParticipantRow
{
    Guid ParticipantId { get; }
}
