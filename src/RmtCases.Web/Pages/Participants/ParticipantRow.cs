using RmtCases.Domain.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>One participant in the caseworker's list (<see cref="IndexModel"/>).</summary>
public sealed record ParticipantRow(Guid Id, string GivenNames, string? Infix, string Surname, DateOnly DateOfBirth, string Postcode, string City, ParticipantStatus Status, DateTimeOffset RegisteredAt, RoutePhase Phase)
{
    public string FullName => PersonDetails.JoinName(GivenNames, Infix, Surname);
}
