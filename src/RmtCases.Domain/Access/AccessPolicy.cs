using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;

namespace RmtCases.Domain.Access;

/// <summary>
/// The one place that says who may see, edit and send what. Pages, queries and exports ask it;
/// nothing re-derives it from organisation types.
/// </summary>
public sealed class AccessPolicy
{
    private static readonly IReadOnlyList<Category> _categoriesAtoF =
        Categories.All.Where(c => c != Category.Banenafspraak).ToList();

    private static readonly IReadOnlyList<Category> _categoriesAtoG = Categories.All;

    // AP z2021-2117: category g (banenafspraak, health data) only for gemeente and UWV.
    private static bool HoldsStatutoryRole(OrganisationType type) =>
        type is OrganisationType.Municipality or OrganisationType.Uwv;

    /// <summary>
    /// AP z2021-2117: union and employer-organisation staff have no statutory duty of confidentiality,
    /// so they must accept a declaration before they see any personal data.
    /// </summary>
    public bool RequiresConfidentialityDeclaration(Actor actor) =>
        actor.Role == Role.Caseworker
        && actor.OrganisationType is OrganisationType.Union or OrganisationType.EmployerOrganisation;

    public bool MayReachPersonalData(Actor actor) =>
        !RequiresConfidentialityDeclaration(actor) || actor.DeclarationAccepted;

    public ParticipantScope Scope(Actor actor)
    {
        if (actor.Role != Role.Caseworker || !MayReachPersonalData(actor))
        {
            return ParticipantScope.None;
        }

        return actor.OrganisationType switch
        {
            OrganisationType.Municipality or OrganisationType.Uwv => ParticipantScope.Region,
            OrganisationType.Union or OrganisationType.EmployerOrganisation => ParticipantScope.Involvement,
            _ => ParticipantScope.None,
        };
    }

    public bool IsInScope(Actor actor, int participantRegionId, IEnumerable<Guid> involvedOrganisationIds) =>
        participantRegionId == actor.RegionId && Scope(actor) switch
        {
            ParticipantScope.Region => true,
            ParticipantScope.Involvement => involvedOrganisationIds.Contains(actor.OrganisationId),
            _ => false,
        };

    public IReadOnlyList<Category> VisibleCategories(Actor actor) => Scope(actor) switch
    {
        ParticipantScope.None => [],
        _ => HoldsStatutoryRole(actor.OrganisationType) ? _categoriesAtoG : _categoriesAtoF,
    };

    public bool CanSee(Actor actor, Category category) => VisibleCategories(actor).Contains(category);

    /// <summary>Whoever may see a category of a participant in scope may also maintain it.</summary>
    public bool CanEdit(Actor actor, Category category) => CanSee(actor, category);

    public bool CanRegisterParticipants(Actor actor) => Scope(actor) != ParticipantScope.None;

    /// <summary>Gemeente and UWV add organisations to a case; the registering organisation is involved automatically.</summary>
    public bool CanManageInvolvements(Actor actor) =>
        Scope(actor) == ParticipantScope.Region;

    public bool CanExport(Actor actor) => Scope(actor) != ParticipantScope.None;

    /// <summary>Organisation types one may send an export to: the joint controllers and external providers.</summary>
    public static bool IsPossibleRecipient(OrganisationType type) => type is
        OrganisationType.Municipality or OrganisationType.Uwv or OrganisationType.Union
        or OrganisationType.EmployerOrganisation or OrganisationType.ExternalProvider;

    /// <summary>
    /// The categories the actor may send to an organisation of the given type and region.
    /// Category g goes only from and to gemeente and UWV (AP z2021-2117).
    /// </summary>
    public IReadOnlyList<Category> ShareableCategories(Actor actor, OrganisationType recipientType, int recipientRegionId)
    {
        if (!CanExport(actor) || recipientRegionId != actor.RegionId || !IsPossibleRecipient(recipientType))
        {
            return [];
        }

        return VisibleCategories(actor)
            .Where(c => c != Category.Banenafspraak || HoldsStatutoryRole(recipientType))
            .ToList();
    }

    /// <summary>GDPR art. 15 reports hold category g, so only gemeente and UWV produce them.</summary>
    public bool CanProduceSubjectAccessReport(Actor actor) => Scope(actor) == ParticipantScope.Region;

    public bool CanAssessWageValue(Actor actor) =>
        actor.Role == Role.WageValueAssessor && actor.OrganisationType == OrganisationType.Municipality;

    /// <summary>Wage value is the municipality's own processing (Participatiewet): assessors and gemeente caseworkers only.</summary>
    public bool CanReadWageValue(Actor actor) =>
        CanAssessWageValue(actor)
        || (actor.Role == Role.Caseworker && actor.OrganisationType == OrganisationType.Municipality);

    /// <summary>
    /// Besluit loonkostensubsidie Participatiewet 2021, art. 3(2) and (4): the college sets the loonwaarde, through a
    /// gemeente caseworker, never an assessor, so the one who measured does not also decide.
    /// </summary>
    public bool CanDecideWageValue(Actor actor) =>
        actor.Role == Role.Caseworker && actor.OrganisationType == OrganisationType.Municipality;

    public bool CanAdminister(Actor actor) => actor.Role == Role.Administrator;

    /// <summary>
    /// Whether an account of an organisation of this type may hold the role. External providers are
    /// recipients, never users; wage value is the municipality's own processing (Participatiewet).
    /// </summary>
    public static bool CanHoldRole(OrganisationType type, Role role) => type switch
    {
        OrganisationType.ExternalProvider => false,
        _ => role switch
        {
            Role.Caseworker or Role.Administrator => Enum.IsDefined(type),
            Role.WageValueAssessor => type == OrganisationType.Municipality,
            _ => false,
        },
    };
}
