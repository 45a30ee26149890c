namespace RmtCases.Domain.Participants;

/// <summary>
/// One step of a participant's route, kept so that lead times per phase can be counted. A participant's first
/// phase, Registered, has no row: it starts at <see cref="Participant.RegisteredAt"/>. Erased with the participant.
/// </summary>
public sealed class RoutePhaseChange
{
    public Guid Id { get; set; } = Ids.New();
    public Guid ParticipantId { get; set; }
    public RoutePhase FromPhase { get; set; }
    public RoutePhase ToPhase { get; set; }
    public RouteOutcome? Outcome { get; set; }
    public RouteAbortReason? AbortReason { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid ByOrganisationId { get; set; }
    public Guid ByUserId { get; set; }
}
