namespace RmtCases.Domain.WageValue;

/// <summary>Regeling loonkostensubsidie Participatiewet 2021, art. 3(1)(a): a diploma, or what the college judges equivalent.</summary>
public enum DiplomaKind
{
    HigherEducation = 1,
    EquivalentByCollege = 2,
}
