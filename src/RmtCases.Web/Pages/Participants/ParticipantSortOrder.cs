namespace RmtCases.Web.Pages.Participants;

/// <summary>The orders the caseworker's list offers (<see cref="IndexModel"/>).</summary>
public enum ParticipantSortOrder
{
    Name = 1,
    DateOfBirth = 2,
    Registered = 3,
}
