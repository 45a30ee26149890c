namespace RmtCases.Domain.Organisations;

public enum OrganisationType
{
    Municipality = 1,
    Uwv = 2,
    Union = 3,
    EmployerOrganisation = 4,
    ExternalProvider = 5,
}
