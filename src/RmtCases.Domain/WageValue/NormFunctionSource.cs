namespace RmtCases.Domain.WageValue;

/// <summary>Where the assessor found the normfunctie (Besluit loonkostensubsidie Participatiewet 2021, art. 3(3)(a)).</summary>
public enum NormFunctionSource
{
    FunctionDatabase = 1,
    EmployerCollectiveAgreement = 2,
    EmployerJobDescription = 3,
    SectorCollectiveAgreement = 4,
}
