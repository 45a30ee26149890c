using RmtCases.Domain.Organisations;

namespace RmtCases.Domain.Access;

/// <summary>The one place for the Dutch names of roles and organisation types, wherever a page shows them.</summary>
public static class AccessLabels
{
    public static string Dutch(this Role role) => role switch
    {
        Role.Caseworker => "Consulent",
        Role.WageValueAssessor => "Loonwaardedeskundige",
        Role.Administrator => "Functioneel beheerder",
        _ => role.ToString(),
    };

    public static string Dutch(this OrganisationType type) => type switch
    {
        OrganisationType.Municipality => "Gemeente",
        OrganisationType.Uwv => "UWV",
        OrganisationType.Union => "Werknemersorganisatie",
        OrganisationType.EmployerOrganisation => "Werkgeversorganisatie",
        OrganisationType.ExternalProvider => "Marktpartij of opleider",
        OrganisationType.Administration => "Functioneel beheer",
        _ => type.ToString(),
    };
}
