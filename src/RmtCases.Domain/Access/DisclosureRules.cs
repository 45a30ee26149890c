using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;

namespace RmtCases.Domain.Access;

/// <summary>
/// What an export may carry to a recipient, and which categories a disclosure concerns. Which categories the actor
/// may send at all is <see cref="AccessPolicy.ShareableCategories"/>; these decide row by row what goes with them.
/// </summary>
public static class DisclosureRules
{
    /// <summary>Organisation types an export may carry category g or g-derived rows to, for at least some rows.</summary>
    public static bool MayReceiveBanenafspraakDerived(OrganisationType recipientType) =>
        OrganisationTypeRules.HoldsStatutoryRole(recipientType) || recipientType == OrganisationType.ExternalProvider;

    /// <summary>
    /// A plan action werkfitbehoud's template added tells that service (art. 3 of the regeling: category g); it is not
    /// tied to the provider that delivers it, so it goes only to gemeente and UWV.
    /// </summary>
    public static bool MayReceivePlanAction(OrganisationType recipientType, bool revealsBanenafspraak) =>
        !revealsBanenafspraak || OrganisationTypeRules.HoldsStatutoryRole(recipientType);

    /// <summary>
    /// Whether an export to the recipient carries a service row: a werkfitbehoud row (art. 3 of the regeling: it
    /// reveals category g) only goes to gemeente, UWV, or the external provider that delivers that service.
    /// </summary>
    public static bool MayReceiveService(OrganisationType recipientType, Guid recipientId, ServiceType serviceType, Guid providerId) =>
        !serviceType.RevealsBanenafspraak()
        || OrganisationTypeRules.HoldsStatutoryRole(recipientType)
        || (recipientType == OrganisationType.ExternalProvider && recipientId == providerId);

    /// <summary>
    /// The categories a disclosure concerns, as the export register and the audit trail keep them: the chosen ones,
    /// and category g as well when a row went with them that reveals it (werkfitbehoud, art. 3 of the Tijdelijke
    /// regeling aanvullende crisisdienstverlening COVID-19, or a plan action its template added), so that
    /// <see cref="AccessPolicy.CanSeeEventOf"/> keeps it from whoever may not see g.
    /// </summary>
    public static IReadOnlyList<Category> DisclosedCategories(
        IEnumerable<Category> chosen, IEnumerable<ServiceType> serviceTypes, bool planRevealsBanenafspraak = false)
    {
        var disclosed = chosen.ToHashSet();
        if (planRevealsBanenafspraak || serviceTypes.Any(t => t.RevealsBanenafspraak()))
        {
            disclosed.Add(Category.Banenafspraak);
        }

        return disclosed.Order().ToList();
    }
}
