namespace RmtCases.Domain.WageValue;

public enum AssessmentStatus
{
    Draft = 1,
    Final = 2,
    Superseded = 3,
}
