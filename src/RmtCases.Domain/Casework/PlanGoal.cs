namespace RmtCases.Domain.Casework;

/// <summary>The goal of a trajectplan, chosen from a list (category e, no free text).</summary>
public enum PlanGoal
{
    KeepJob = 1,
    NewJobSameSector = 2,
    NewJobOtherSector = 3,
    TrainingToWork = 4,
    OwnBusiness = 5,
}
