namespace RmtCases.Domain.Casework;

public static class CaseworkLabels
{
    public static string Label(this AssignmentReason r) => r switch
    {
        AssignmentReason.Absence => "Afwezigheid van de casehouder",
        AssignmentReason.Workload => "Verdeling van het werk",
        AssignmentReason.Expertise => "Andere deskundigheid nodig",
        AssignmentReason.ParticipantRequest => "Op verzoek van de deelnemer",
        AssignmentReason.LeftOrganisation => "Casehouder werkt hier niet meer",
        _ => r.ToString(),
    };

    public static string Label(this PlanGoal g) => g switch
    {
        PlanGoal.KeepJob => "Behoud van het huidige werk",
        PlanGoal.NewJobSameSector => "Ander werk in dezelfde sector",
        PlanGoal.NewJobOtherSector => "Werk in een andere sector",
        PlanGoal.TrainingToWork => "Scholing met uitzicht op werk",
        PlanGoal.OwnBusiness => "Starten als zelfstandige",
        _ => g.ToString(),
    };

    public static string Label(this ActionStatus s) => s switch
    {
        ActionStatus.ToDo => "Te doen",
        ActionStatus.InProgress => "Bezig",
        ActionStatus.Done => "Afgerond",
        ActionStatus.Cancelled => "Vervallen",
        _ => s.ToString(),
    };
}
