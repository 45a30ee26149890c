using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;

namespace RmtCases.Domain.Access;

/// <summary>
/// The one place that says who may see, edit and send what. Pages, queries and exports ask it;
/// nothing re-derives it from organisation types. What an organisation type may be, whatever the actor, is
/// <see cref="OrganisationTypeRules"/>; what an export may carry to a recipient, <see cref="DisclosureRules"/>.
/// </summary>
public sealed class AccessPolicy
{
    private static readonly IReadOnlyList<Category> _categoriesAtoF =
        Categories.All.Where(c => c != Category.Banenafspraak).ToList();

    private static readonly IReadOnlyList<Category> _categoriesAtoG = Categories.All;

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
        _ => OrganisationTypeRules.HoldsStatutoryRole(actor.OrganisationType) ? _categoriesAtoG : _categoriesAtoF,
    };

    public bool CanSee(Actor actor, Category category) => VisibleCategories(actor).Contains(category);

    /// <summary>Whoever may see a category of a participant in scope may also maintain it.</summary>
    public bool CanEdit(Actor actor, Category category) => CanSee(actor, category);

    public bool CanRegisterParticipants(Actor actor) => Scope(actor) != ParticipantScope.None;

    /// <summary>Gemeente and UWV add organisations to a case; the registering organisation is involved automatically.</summary>
    public bool CanManageInvolvements(Actor actor) =>
        Scope(actor) == ParticipantScope.Region;

    /// <summary>
    /// Gemeente and UWV end an organisation's involvement, except the registering organisation's (the case's
    /// origin, involved automatically) and their own (which would leave nobody of theirs answering for it).
    /// </summary>
    public bool CanEndInvolvement(Actor actor, Guid organisationId, Guid registeredByOrganisationId) =>
        CanManageInvolvements(actor) && organisationId != registeredByOrganisationId && organisationId != actor.OrganisationId;

    public bool CanExport(Actor actor) => Scope(actor) != ParticipantScope.None;

    /// <summary>
    /// Whether the actor may see service rows of this type. Werkfitbehoud is only for the banenafspraak target
    /// group (Tijdelijke regeling aanvullende crisisdienstverlening COVID-19, art. 3), so such a row is category g.
    /// </summary>
    public bool CanSeeService(Actor actor, ServiceType serviceType) =>
        CanSee(actor, Category.ServiceDelivery) && (!serviceType.RevealsBanenafspraak() || CanSee(actor, Category.Banenafspraak));

    /// <summary>Whoever may see category g also sees werkfitbehoud rows; the database filter is keyed by this.</summary>
    public bool SeesBanenafspraakDerivedData(Actor actor) => CanSee(actor, Category.Banenafspraak);

    /// <summary>
    /// The categories the actor may send to an organisation of the given type and region.
    /// Category g goes only from and to gemeente and UWV (AP z2021-2117).
    /// </summary>
    public IReadOnlyList<Category> ShareableCategories(Actor actor, OrganisationType recipientType, int recipientRegionId)
    {
        if (!CanExport(actor) || recipientRegionId != actor.RegionId || !OrganisationTypeRules.IsPossibleRecipient(recipientType))
        {
            return [];
        }

        return VisibleCategories(actor)
            .Where(c => c != Category.Banenafspraak || OrganisationTypeRules.HoldsStatutoryRole(recipientType))
            .ToList();
    }

    /// <summary>GDPR art. 15 reports hold category g, so only gemeente and UWV produce them.</summary>
    public bool CanProduceSubjectAccessReport(Actor actor) => Scope(actor) == ParticipantScope.Region;

    public bool CanAssessWageValue(Actor actor) =>
        actor.Role == Role.WageValueAssessor && actor.OrganisationType == OrganisationType.Municipality;

    /// <summary>
    /// An assessor links an assessment to a participant of the own region, found by surname and date of birth
    /// together: the match's name, birth date and place, nothing else of the case file.
    /// </summary>
    public bool CanLinkWageValueWorker(Actor actor) => CanAssessWageValue(actor) && MayReachPersonalData(actor);

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

    /// <summary>The route, its phase and its plan are labour-market mediation (category e).</summary>
    public bool CanSeeRoute(Actor actor) => CanSee(actor, Category.Mediation);

    public bool CanChangeRoute(Actor actor) => CanEdit(actor, Category.Mediation);

    /// <summary>
    /// A template adds the usual actions of a service type. Werkfitbehoud's reveals category g (art. 3 of the
    /// Tijdelijke regeling aanvullende crisisdienstverlening COVID-19), so only those who see g are offered it.
    /// </summary>
    public bool CanApplyTemplate(Actor actor, ServiceType serviceType) =>
        CanChangeRoute(actor) && (!serviceType.RevealsBanenafspraak() || CanSee(actor, Category.Banenafspraak));

    /// <summary>Caseworkers hold cases in their scope for their own organisation, and move only their own organisation's.</summary>
    public bool CanHoldCases(Actor actor) => actor.Role == Role.Caseworker && Scope(actor) != ParticipantScope.None;

    public bool CanAssignFor(Actor actor, Guid organisationId) => CanHoldCases(actor) && organisationId == actor.OrganisationId;

    /// <summary>The case file's history: whoever reaches the case file, each entry filtered by its categories.</summary>
    public bool CanSeeTimeline(Actor actor) => Scope(actor) != ParticipantScope.None;

    /// <summary>
    /// An audited event or a disclosure appears (in the timeline, "Gedeeld met", the recipients to inform) only when
    /// every category it concerns is visible to the actor: the whole row is left out, so no blank, count or gap
    /// says that something concerning category g happened.
    /// </summary>
    public bool CanSeeEventOf(Actor actor, IEnumerable<Category> categories) => categories.All(c => CanSee(actor, c));

    public bool CanKeepActionCatalogue(Actor actor) => CanAdminister(actor);

    public bool CanAdminister(Actor actor) => actor.Role == Role.Administrator;

    /// <summary>The answer to a requirement a page declares; <paramref name="category"/> only matters for <see cref="Requirement.Edit"/>.</summary>
    public bool Allows(Actor actor, Requirement requirement, Category category = Category.Person) => requirement switch
    {
        Requirement.CaseFiles => Scope(actor) != ParticipantScope.None,
        Requirement.See => CanSee(actor, category),
        Requirement.Edit => CanEdit(actor, category),
        Requirement.HoldCases => CanHoldCases(actor),
        Requirement.ManageInvolvements => CanManageInvolvements(actor),
        Requirement.Export => CanExport(actor),
        Requirement.SubjectAccessReport => CanProduceSubjectAccessReport(actor),
        Requirement.ReadWageValue => CanReadWageValue(actor),
        Requirement.AssessWageValue => CanAssessWageValue(actor),
        Requirement.DecideWageValue => CanDecideWageValue(actor),
        Requirement.Administer => CanAdminister(actor),
        Requirement.Figures => CanSeeFigures(actor),
        _ => false,
    };

    /// <summary>
    /// Management information (stuurinformatie): aggregates of a region, never a person. Caseworkers see their own
    /// region's figures, whatever their scope of cases; administrators, who see no person, every region.
    /// </summary>
    public bool CanSeeFigures(Actor actor) => Scope(actor) != ParticipantScope.None || CanAdminister(actor);

    public bool SeesFiguresOfAllRegions(Actor actor) => CanAdminister(actor);

    /// <summary>
    /// Whether werkfitbehoud counts and money, and so everything totalled over all services (the budget's
    /// spending), are in the actor's figures. Art. 3 of the regeling makes a werkfitbehoud figure a figure about
    /// the banenafspraak group: union and employer staff get figures without it and without a trace of it.
    /// Administrators account for the whole budget; they get the suppressed aggregates, never a person.
    /// </summary>
    public bool FiguresIncludeBanenafspraakDerived(Actor actor) => SeesBanenafspraakDerivedData(actor) || CanAdminister(actor);

    public bool CanManageBudgets(Actor actor) => CanAdminister(actor);
}
