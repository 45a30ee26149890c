namespace RmtCases.Domain.WageValue;

public enum ReviewKind
{
    Objection = 1,
    SecondOpinion = 2,
}
