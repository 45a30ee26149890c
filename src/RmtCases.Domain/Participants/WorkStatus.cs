namespace RmtCases.Domain.Participants;

public enum WorkStatus
{
    Employed = 1,
    AtRiskOfRedundancy = 2,
    Unemployed = 3,
    SelfEmployed = 4,
    InEducation = 5,
}
