namespace RmtCases.Domain.Participants;

public enum MediationKind
{
    Intake = 1,
    CareerAdvice = 2,
    VacancyReferral = 3,
    Application = 4,
    JobInterview = 5,
    Placement = 6,
}
