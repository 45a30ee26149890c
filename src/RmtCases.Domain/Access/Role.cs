namespace RmtCases.Domain.Access;

public enum Role
{
    Caseworker = 1,
    WageValueAssessor = 2,
    Administrator = 3,
}
