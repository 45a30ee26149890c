namespace RmtCases.Domain.Participants;

public enum MediationOutcome
{
    Pending = 1,
    Positive = 2,
    Negative = 3,
    Placed = 4,
}
