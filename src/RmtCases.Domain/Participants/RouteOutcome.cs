namespace RmtCases.Domain.Participants;

/// <summary>The result of a completed route, chosen from a list (category e, no free text).</summary>
public enum RouteOutcome
{
    KeptJob = 1,
    OtherJobFound = 2,
    TrainingCompleted = 3,
    Referred = 4,
    NoResult = 5,
    StartedOwnBusiness = 6,
}
