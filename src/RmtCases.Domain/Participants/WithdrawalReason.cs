namespace RmtCases.Domain.Participants;

public enum WithdrawalReason
{
    OwnRequest = 1,
    FoundWork = 2,
    NoLongerEligible = 3,
    Moved = 4,
    Other = 5,
}
