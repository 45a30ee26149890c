namespace RmtCases.Domain.Participants;

/// <summary>Where a participant's route stands. Completed and Aborted end it; see <see cref="RouteRules"/>.</summary>
public enum RoutePhase
{
    Registered = 1,
    Intake = 2,
    Plan = 3,
    Execution = 4,
    Completed = 5,
    Aborted = 6,
}
