using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Data.Configurations;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Demo;

public static class DemoAccounts
{
    public static IEnumerable<(string Local, OrganisationType Type, Role Role, string Name)> For(string regionCode)
    {
        var region = regionCode == "ga" ? "Groot Amsterdam" : "Zuid-Limburg";
        yield return ("gemeente", OrganisationType.Municipality, Role.Caseworker, $"Klantmanager gemeente {region}");
        yield return ("gemeente2", OrganisationType.Municipality, Role.Caseworker, $"Tweede klantmanager gemeente {region}");
        yield return ("uwv", OrganisationType.Uwv, Role.Caseworker, $"Adviseur werk UWV {region}");
        yield return ("vakbond", OrganisationType.Union, Role.Caseworker, $"Loopbaanadviseur vakbond {region}");
        yield return ("werkgevers", OrganisationType.EmployerOrganisation, Role.Caseworker, $"Adviseur werkgevers {region}");
        if (regionCode == "ga")
        {
            yield return ("loonwaarde", OrganisationType.Municipality, Role.WageValueAssessor, "Loonwaardedeskundige gemeente Amsterdam");
        }
    }
}
