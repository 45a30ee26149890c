namespace RmtCases.Domain.Organisations;

public enum OrganisationType
{
    Municipality = 1,
    Uwv = 2,
    Union = 3,
    EmployerOrganisation = 4,
    ExternalProvider = 5,

    /// <summary>Functioneel beheer: holds the administrators' accounts; not a party to any case, never a recipient.</summary>
    Administration = 6,
}
