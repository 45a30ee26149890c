namespace RmtCases.Domain.Participants;

/// <summary>Why a route was broken off, chosen from a list (no free text, and nothing about health).</summary>
public enum RouteAbortReason
{
    OwnRequest = 1,
    NoContact = 2,
    NoLongerEligible = 3,
    Moved = 4,
    ParticipationWithdrawn = 5,
    Other = 6,
}
