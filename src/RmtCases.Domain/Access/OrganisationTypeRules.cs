using RmtCases.Domain.Organisations;

namespace RmtCases.Domain.Access;

/// <summary>
/// What an organisation of a type may be, whoever asks: involved in a case, a recipient of an export, a provider of
/// services, the employer of an account in a role. <see cref="AccessPolicy"/> asks these for its questions about an actor.
/// </summary>
public static class OrganisationTypeRules
{
    // AP z2021-2117: category g (banenafspraak, health data) only for gemeente and UWV.
    public static bool HoldsStatutoryRole(OrganisationType type) =>
        type is OrganisationType.Municipality or OrganisationType.Uwv;

    /// <summary>
    /// Cases are shared among the RMT's joint controllers only: external providers receive exports, not access,
    /// and the administrators' organisation sees no personal data at all.
    /// </summary>
    public static bool CanBeInvolved(OrganisationType type) => type is
        OrganisationType.Municipality or OrganisationType.Uwv or OrganisationType.Union or OrganisationType.EmployerOrganisation;

    /// <summary>
    /// Organisation types one may send an export to: the joint controllers and external providers; never the
    /// administrators' organisation, which sees no personal data.
    /// </summary>
    public static bool IsPossibleRecipient(OrganisationType type) =>
        CanBeInvolved(type) || type == OrganisationType.ExternalProvider;

    /// <summary>Organisation types that deliver aanvullende crisisdienstverlening: the external providers (marktpartijen, opleiders).</summary>
    public static IReadOnlyList<OrganisationType> ServiceProviderTypes { get; } = [OrganisationType.ExternalProvider];

    /// <summary>Organisation types whose staff may have an account in some role (see <see cref="CanHoldRole"/>).</summary>
    public static IReadOnlyList<OrganisationType> AccountHolderTypes { get; } =
        Enum.GetValues<OrganisationType>().Where(t => Enum.GetValues<Role>().Any(r => CanHoldRole(t, r))).ToList();

    /// <summary>
    /// Whether an account of an organisation of this type may hold the role. External providers are
    /// recipients, never users; wage value is the municipality's own processing (Participatiewet); administrators
    /// belong to the administrators' organisation and nobody else does, so that organisation can never be
    /// involved in a case or receive one through a caseworker's account.
    /// </summary>
    public static bool CanHoldRole(OrganisationType type, Role role) => type switch
    {
        OrganisationType.ExternalProvider => false,
        OrganisationType.Administration => role == Role.Administrator,
        _ => role switch
        {
            Role.Caseworker => Enum.IsDefined(type),
            Role.WageValueAssessor => type == OrganisationType.Municipality,
            _ => false,
        },
    };
}
