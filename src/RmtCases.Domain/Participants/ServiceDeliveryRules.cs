using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Participants;

public static class ServiceDeliveryRules
{
    public const string WerkfitbehoudNeedsIndicationMessage =
        "Dienstverlening werkfitbehoud is alleen mogelijk voor iemand die tot de doelgroep banenafspraak behoort "
        + "(artikel 3 van de Tijdelijke regeling aanvullende crisisdienstverlening COVID-19). Registreer eerst de indicatie, "
        + "of kies een andere dienst.";

    /// <summary>
    /// Tijdelijke regeling aanvullende crisisdienstverlening COVID-19, art. 3: dienstverlening werkfitbehoud is
    /// only for the banenafspraak target group. So a werkfitbehoud row reveals category g: the access policy treats
    /// it as g (<see cref="Access.AccessPolicy.CanSeeService"/>).
    /// </summary>
    public static ValidationResult Validate(ServiceType serviceType, bool? inTargetGroup, string field = "ServiceType") =>
        serviceType == ServiceType.Werkfitbehoud && inTargetGroup != true
            ? ValidationResult.Failure(field, WerkfitbehoudNeedsIndicationMessage)
            : ValidationResult.Success;

    public const string IndicationNeededByWerkfitbehoudMessage =
        "Deze deelnemer krijgt dienstverlening werkfitbehoud, en die is alleen mogelijk voor de doelgroep banenafspraak "
        + "(artikel 3 van de Tijdelijke regeling aanvullende crisisdienstverlening COVID-19). Wijzig of verwijder eerst die dienstverlening.";

    /// <summary>The same rule from the other side: the indication cannot become "no" while a werkfitbehoud row exists.</summary>
    public static ValidationResult ValidateIndication(bool inTargetGroup, bool hasWerkfitbehoud, string field = "InTargetGroup") =>
        !inTargetGroup && hasWerkfitbehoud
            ? ValidationResult.Failure(field, IndicationNeededByWerkfitbehoudMessage)
            : ValidationResult.Success;

    /// <summary>A service whose mere presence reveals the banenafspraak indication (art. 3 of the regeling).</summary>
    public static bool RevealsBanenafspraak(this ServiceType serviceType) => serviceType == ServiceType.Werkfitbehoud;
}
