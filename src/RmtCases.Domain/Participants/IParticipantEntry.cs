namespace RmtCases.Domain.Participants;

/// <summary>One row of a case file's list (education, work history, mediation, services).</summary>
public interface IParticipantEntry : IParticipantRow
{
    Guid Id { get; }
}
