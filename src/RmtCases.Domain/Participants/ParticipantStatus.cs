namespace RmtCases.Domain.Participants;

public enum ParticipantStatus
{
    Active = 1,
    Withdrawn = 2,
}
