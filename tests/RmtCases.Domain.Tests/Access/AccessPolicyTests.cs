using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;

namespace RmtCases.Domain.Tests.Access;

public sealed class AccessPolicyTests
{
    private const int Region = 11;
    private static readonly Guid _organisationId = Guid.NewGuid();
    private static readonly AccessPolicy _policy = new();

    private static Actor ActorOf(OrganisationType type, Role role = Role.Caseworker, bool declarationAccepted = true) =>
        new(Guid.NewGuid(), _organisationId, type, Region, role, declarationAccepted);

    // organisation type, role, declaration accepted → scope, visible category letters
    [Theory]
    [InlineData(OrganisationType.Municipality, Role.Caseworker, false, ParticipantScope.Region, "abcdefg")]
    [InlineData(OrganisationType.Municipality, Role.Caseworker, true, ParticipantScope.Region, "abcdefg")]
    [InlineData(OrganisationType.Uwv, Role.Caseworker, false, ParticipantScope.Region, "abcdefg")]
    [InlineData(OrganisationType.Uwv, Role.Caseworker, true, ParticipantScope.Region, "abcdefg")]
    [InlineData(OrganisationType.Union, Role.Caseworker, false, ParticipantScope.None, "")]
    [InlineData(OrganisationType.Union, Role.Caseworker, true, ParticipantScope.Involvement, "abcdef")]
    [InlineData(OrganisationType.EmployerOrganisation, Role.Caseworker, false, ParticipantScope.None, "")]
    [InlineData(OrganisationType.EmployerOrganisation, Role.Caseworker, true, ParticipantScope.Involvement, "abcdef")]
    [InlineData(OrganisationType.ExternalProvider, Role.Caseworker, true, ParticipantScope.None, "")]
    [InlineData(OrganisationType.Municipality, Role.WageValueAssessor, true, ParticipantScope.None, "")]
    [InlineData(OrganisationType.Municipality, Role.Administrator, true, ParticipantScope.None, "")]
    [InlineData(OrganisationType.Uwv, Role.Administrator, true, ParticipantScope.None, "")]
    [InlineData(OrganisationType.Union, Role.Administrator, false, ParticipantScope.None, "")]
    [InlineData(OrganisationType.Administration, Role.Administrator, true, ParticipantScope.None, "")]
    [InlineData(OrganisationType.Administration, Role.Caseworker, true, ParticipantScope.None, "")]
    public void Scope_and_visible_categories_follow_organisation_type_role_and_declaration(
        OrganisationType type, Role role, bool declarationAccepted, ParticipantScope scope, string categories)
    {
        var actor = ActorOf(type, role, declarationAccepted);

        _policy.Scope(actor).Should().Be(scope);
        Categories.ToLetters(_policy.VisibleCategories(actor)).Should().Be(categories);
        _policy.CanSee(actor, Category.Banenafspraak).Should().Be(categories.Contains('g'));
        _policy.CanEdit(actor, Category.Banenafspraak).Should().Be(categories.Contains('g'));
        _policy.CanRegisterParticipants(actor).Should().Be(scope != ParticipantScope.None);
        _policy.CanExport(actor).Should().Be(scope != ParticipantScope.None);
        _policy.CanManageInvolvements(actor).Should().Be(scope == ParticipantScope.Region);
        _policy.CanProduceSubjectAccessReport(actor).Should().Be(scope == ParticipantScope.Region);
    }

    [Theory]
    [InlineData(OrganisationType.Municipality, Role.Caseworker, false)]
    [InlineData(OrganisationType.Uwv, Role.Caseworker, false)]
    [InlineData(OrganisationType.Union, Role.Caseworker, true)]
    [InlineData(OrganisationType.EmployerOrganisation, Role.Caseworker, true)]
    [InlineData(OrganisationType.Municipality, Role.WageValueAssessor, false)]
    [InlineData(OrganisationType.Union, Role.Administrator, false)]
    public void Only_union_and_employer_caseworkers_need_the_confidentiality_declaration(OrganisationType type, Role role, bool required)
    {
        _policy.RequiresConfidentialityDeclaration(ActorOf(type, role, declarationAccepted: false)).Should().Be(required);
        _policy.MayReachPersonalData(ActorOf(type, role, declarationAccepted: false)).Should().Be(!required);
        _policy.MayReachPersonalData(ActorOf(type, role, declarationAccepted: true)).Should().BeTrue();
    }

    // sender type → recipient type → shareable category letters, within the sender's own region
    [Theory]
    [InlineData(OrganisationType.Municipality, OrganisationType.Municipality, "abcdefg")]
    [InlineData(OrganisationType.Municipality, OrganisationType.Uwv, "abcdefg")]
    [InlineData(OrganisationType.Municipality, OrganisationType.Union, "abcdef")]
    [InlineData(OrganisationType.Municipality, OrganisationType.EmployerOrganisation, "abcdef")]
    [InlineData(OrganisationType.Municipality, OrganisationType.ExternalProvider, "abcdef")]
    [InlineData(OrganisationType.Uwv, OrganisationType.Municipality, "abcdefg")]
    [InlineData(OrganisationType.Uwv, OrganisationType.Uwv, "abcdefg")]
    [InlineData(OrganisationType.Uwv, OrganisationType.Union, "abcdef")]
    [InlineData(OrganisationType.Uwv, OrganisationType.EmployerOrganisation, "abcdef")]
    [InlineData(OrganisationType.Uwv, OrganisationType.ExternalProvider, "abcdef")]
    [InlineData(OrganisationType.Union, OrganisationType.Municipality, "abcdef")]
    [InlineData(OrganisationType.Union, OrganisationType.Uwv, "abcdef")]
    [InlineData(OrganisationType.Union, OrganisationType.Union, "abcdef")]
    [InlineData(OrganisationType.Union, OrganisationType.EmployerOrganisation, "abcdef")]
    [InlineData(OrganisationType.Union, OrganisationType.ExternalProvider, "abcdef")]
    [InlineData(OrganisationType.EmployerOrganisation, OrganisationType.Municipality, "abcdef")]
    [InlineData(OrganisationType.EmployerOrganisation, OrganisationType.Uwv, "abcdef")]
    [InlineData(OrganisationType.EmployerOrganisation, OrganisationType.Union, "abcdef")]
    [InlineData(OrganisationType.EmployerOrganisation, OrganisationType.EmployerOrganisation, "abcdef")]
    [InlineData(OrganisationType.EmployerOrganisation, OrganisationType.ExternalProvider, "abcdef")]
    public void Banenafspraak_is_shared_only_from_and_to_gemeente_and_UWV(OrganisationType sender, OrganisationType recipient, string categories)
    {
        var actor = ActorOf(sender);

        Categories.ToLetters(_policy.ShareableCategories(actor, recipient, Region)).Should().Be(categories);
    }

    [Theory]
    [InlineData(OrganisationType.Municipality)]
    [InlineData(OrganisationType.Uwv)]
    [InlineData(OrganisationType.Union)]
    [InlineData(OrganisationType.EmployerOrganisation)]
    public void Nothing_is_shared_with_another_region(OrganisationType sender)
    {
        foreach (var recipient in Enum.GetValues<OrganisationType>())
        {
            _policy.ShareableCategories(ActorOf(sender), recipient, Region + 1).Should().BeEmpty($"{sender} → {recipient} in another region");
        }
    }

    [Theory]
    [InlineData(OrganisationType.Union, false)]
    [InlineData(OrganisationType.Municipality, true)]
    public void Whoever_may_not_export_shares_nothing(OrganisationType sender, bool declarationAccepted)
    {
        var actor = ActorOf(sender, sender == OrganisationType.Municipality ? Role.WageValueAssessor : Role.Caseworker, declarationAccepted);

        foreach (var recipient in Enum.GetValues<OrganisationType>())
        {
            _policy.ShareableCategories(actor, recipient, Region).Should().BeEmpty();
        }
    }

    [Fact]
    public void A_participant_outside_the_region_is_never_in_scope()
    {
        var other = Guid.NewGuid();

        _policy.IsInScope(ActorOf(OrganisationType.Municipality), Region, []).Should().BeTrue();
        _policy.IsInScope(ActorOf(OrganisationType.Municipality), Region + 1, [_organisationId]).Should().BeFalse();
        _policy.IsInScope(ActorOf(OrganisationType.Union), Region, [_organisationId]).Should().BeTrue();
        _policy.IsInScope(ActorOf(OrganisationType.Union), Region, [other]).Should().BeFalse("the union is not involved");
        _policy.IsInScope(ActorOf(OrganisationType.Union), Region + 1, [_organisationId]).Should().BeFalse();
        _policy.IsInScope(ActorOf(OrganisationType.Union, declarationAccepted: false), Region, [_organisationId]).Should().BeFalse();
    }

    // organisation type, role → may read wage value, may assess wage value, may administer
    [Theory]
    [InlineData(OrganisationType.Municipality, Role.WageValueAssessor, true, true, false)]
    [InlineData(OrganisationType.Municipality, Role.Caseworker, true, false, false)]
    [InlineData(OrganisationType.Uwv, Role.Caseworker, false, false, false)]
    [InlineData(OrganisationType.Union, Role.Caseworker, false, false, false)]
    [InlineData(OrganisationType.EmployerOrganisation, Role.Caseworker, false, false, false)]
    [InlineData(OrganisationType.Uwv, Role.WageValueAssessor, false, false, false)]
    [InlineData(OrganisationType.Union, Role.WageValueAssessor, false, false, false)]
    [InlineData(OrganisationType.Municipality, Role.Administrator, false, false, true)]
    public void Wage_value_is_the_municipalitys_own_processing(OrganisationType type, Role role, bool read, bool assess, bool administer)
    {
        var actor = ActorOf(type, role);

        _policy.CanReadWageValue(actor).Should().Be(read);
        _policy.CanAssessWageValue(actor).Should().Be(assess);
        _policy.CanAdminister(actor).Should().Be(administer);
    }

    // Besluit loonkostensubsidie Participatiewet 2021, art. 3(2) and (4): a gemeente caseworker sets it, never an assessor.
    [Theory]
    [InlineData(OrganisationType.Municipality, Role.Caseworker, true)]
    [InlineData(OrganisationType.Municipality, Role.WageValueAssessor, false)]
    [InlineData(OrganisationType.Municipality, Role.Administrator, false)]
    [InlineData(OrganisationType.Uwv, Role.Caseworker, false)]
    [InlineData(OrganisationType.Union, Role.Caseworker, false)]
    [InlineData(OrganisationType.EmployerOrganisation, Role.Caseworker, false)]
    public void Only_a_gemeente_caseworker_sets_a_wage_value(OrganisationType type, Role role, bool decide)
    {
        _policy.CanDecideWageValue(ActorOf(type, role)).Should().Be(decide);
    }

    // organisation type → the roles an account of it may hold
    [Theory]
    // Issue 14: administrators belong to the administrators' organisation, and nobody else does.
    [InlineData(OrganisationType.Municipality, true, true, false)]
    [InlineData(OrganisationType.Uwv, true, false, false)]
    [InlineData(OrganisationType.Union, true, false, false)]
    [InlineData(OrganisationType.EmployerOrganisation, true, false, false)]
    [InlineData(OrganisationType.ExternalProvider, false, false, false)]
    [InlineData(OrganisationType.Administration, false, false, true)]
    public void Accounts_hold_only_roles_that_fit_their_organisation(OrganisationType type, bool caseworker, bool assessor, bool administrator)
    {
        OrganisationTypeRules.CanHoldRole(type, Role.Caseworker).Should().Be(caseworker);
        OrganisationTypeRules.CanHoldRole(type, Role.WageValueAssessor).Should().Be(assessor);
        OrganisationTypeRules.CanHoldRole(type, Role.Administrator).Should().Be(administrator);
        OrganisationTypeRules.CanHoldRole(type, (Role)99).Should().BeFalse();
    }

    // Issue 14, point 2: the administrators' organisation sees no personal data, so it is neither recipient nor involved.
    [Theory]
    [InlineData(OrganisationType.Municipality, true, true)]
    [InlineData(OrganisationType.Uwv, true, true)]
    [InlineData(OrganisationType.Union, true, true)]
    [InlineData(OrganisationType.EmployerOrganisation, true, true)]
    [InlineData(OrganisationType.ExternalProvider, true, false)]
    [InlineData(OrganisationType.Administration, false, false)]
    public void Recipients_and_involved_organisations_are_the_policys_to_say(OrganisationType type, bool recipient, bool involved)
    {
        OrganisationTypeRules.IsPossibleRecipient(type).Should().Be(recipient);
        OrganisationTypeRules.CanBeInvolved(type).Should().Be(involved);
        _policy.ShareableCategories(ActorOf(OrganisationType.Municipality), type, Region).Should().HaveCount(recipient ? (type is OrganisationType.Municipality or OrganisationType.Uwv ? 7 : 6) : 0);
    }

    [Fact]
    public void Gemeente_and_uwv_end_involvements_but_not_of_the_registering_or_their_own_organisation()
    {
        var registeredBy = Guid.NewGuid();
        var union = Guid.NewGuid();
        foreach (var type in new[] { OrganisationType.Municipality, OrganisationType.Uwv })
        {
            var actor = ActorOf(type);
            _policy.CanEndInvolvement(actor, union, registeredBy).Should().BeTrue();
            _policy.CanEndInvolvement(actor, registeredBy, registeredBy).Should().BeFalse("the registering organisation is the case's origin");
            _policy.CanEndInvolvement(actor, _organisationId, registeredBy).Should().BeFalse("not one's own organisation");
        }

        foreach (var type in new[] { OrganisationType.Union, OrganisationType.EmployerOrganisation, OrganisationType.Administration })
        {
            _policy.CanEndInvolvement(ActorOf(type), union, registeredBy).Should().BeFalse();
        }

        _policy.CanEndInvolvement(ActorOf(OrganisationType.Municipality, Role.Administrator), union, registeredBy).Should().BeFalse();
    }

    // Issue 14, point 3: art. 3 of the Tijdelijke regeling aanvullende crisisdienstverlening COVID-19.
    [Theory]
    [InlineData(OrganisationType.Municipality, true)]
    [InlineData(OrganisationType.Uwv, true)]
    [InlineData(OrganisationType.Union, false)]
    [InlineData(OrganisationType.EmployerOrganisation, false)]
    public void Werkfitbehoud_is_seen_only_by_whoever_sees_category_g(OrganisationType type, bool sees)
    {
        var actor = ActorOf(type);

        _policy.CanSeeService(actor, ServiceType.Werkfitbehoud).Should().Be(sees);
        _policy.SeesBanenafspraakDerivedData(actor).Should().Be(sees);
        _policy.CanSeeService(actor, ServiceType.AanvullendeCrisisdienstverlening).Should().BeTrue();
        _policy.CanSeeService(actor, ServiceType.ScholingPraktijkleren).Should().BeTrue();
        _policy.CanSeeService(ActorOf(type, Role.Administrator), ServiceType.ScholingPraktijkleren).Should().BeFalse();
    }

    [Fact]
    public void A_werkfitbehoud_row_goes_only_to_gemeente_uwv_or_the_provider_that_delivers_it()
    {
        var provider = Guid.NewGuid();
        var other = Guid.NewGuid();

        DisclosureRules.MayReceiveService(OrganisationType.Municipality, other, ServiceType.Werkfitbehoud, provider).Should().BeTrue();
        DisclosureRules.MayReceiveService(OrganisationType.Uwv, other, ServiceType.Werkfitbehoud, provider).Should().BeTrue();
        DisclosureRules.MayReceiveService(OrganisationType.ExternalProvider, provider, ServiceType.Werkfitbehoud, provider).Should().BeTrue();
        DisclosureRules.MayReceiveService(OrganisationType.ExternalProvider, other, ServiceType.Werkfitbehoud, provider).Should().BeFalse();
        DisclosureRules.MayReceiveService(OrganisationType.Union, other, ServiceType.Werkfitbehoud, provider).Should().BeFalse();
        DisclosureRules.MayReceiveService(OrganisationType.EmployerOrganisation, other, ServiceType.Werkfitbehoud, provider).Should().BeFalse();
        DisclosureRules.MayReceiveService(OrganisationType.Union, other, ServiceType.ScholingPraktijkleren, provider).Should().BeTrue();
    }

    // recipient type, action added by werkfitbehoud's template → may receive it
    [Theory]
    [InlineData(OrganisationType.Municipality, true, true)]
    [InlineData(OrganisationType.Uwv, true, true)]
    [InlineData(OrganisationType.ExternalProvider, true, false)]
    [InlineData(OrganisationType.Union, true, false)]
    [InlineData(OrganisationType.EmployerOrganisation, true, false)]
    [InlineData(OrganisationType.Union, false, true)]
    [InlineData(OrganisationType.ExternalProvider, false, true)]
    public void A_werkfitbehoud_template_action_goes_only_to_gemeente_and_uwv(OrganisationType recipient, bool reveals, bool receives) =>
        DisclosureRules.MayReceivePlanAction(recipient, reveals).Should().Be(receives);

    [Fact]
    public void An_export_that_carried_a_werkfitbehoud_template_action_is_recorded_as_g()
    {
        DisclosureRules.DisclosedCategories([Category.Person, Category.Mediation], [], planRevealsBanenafspraak: true)
            .Should().Equal(Category.Person, Category.Mediation, Category.Banenafspraak);
        DisclosureRules.DisclosedCategories([Category.Person, Category.Mediation], [ServiceType.ScholingPraktijkleren])
            .Should().Equal(Category.Person, Category.Mediation);
    }

    [Theory]
    [InlineData(ServiceType.Werkfitbehoud, true, true)]
    [InlineData(ServiceType.Werkfitbehoud, false, false)]
    [InlineData(ServiceType.Werkfitbehoud, null, false)]
    [InlineData(ServiceType.AanvullendeCrisisdienstverlening, false, true)]
    [InlineData(ServiceType.ScholingPraktijkleren, null, true)]
    public void Werkfitbehoud_only_for_the_banenafspraak_target_group(ServiceType type, bool? inTargetGroup, bool valid)
    {
        var result = ServiceDeliveryRules.Validate(type, inTargetGroup);

        result.IsValid.Should().Be(valid);
        if (!valid)
        {
            result.Errors.Single().Message.Should().Contain("artikel 3 van de Tijdelijke regeling aanvullende crisisdienstverlening COVID-19");
        }
    }

    /// <summary>A page's declared requirement asks the same question as the policy's named method, for every actor.</summary>
    [Fact]
    public void Every_requirement_a_page_declares_is_answered_by_its_own_question()
    {
        Enum.GetValues<Requirement>().Should().HaveCount(12, "a new requirement needs a row here");
        foreach (var type in Enum.GetValues<OrganisationType>())
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                foreach (var accepted in new[] { false, true })
                {
                    var actor = ActorOf(type, role, accepted);
                    var because = $"{type} {role} declaration {accepted}";
                    _policy.Allows(actor, Requirement.CaseFiles).Should().Be(_policy.Scope(actor) != ParticipantScope.None, because);
                    foreach (var category in Categories.All)
                    {
                        _policy.Allows(actor, Requirement.See, category).Should().Be(_policy.CanSee(actor, category), because);
                        _policy.Allows(actor, Requirement.Edit, category).Should().Be(_policy.CanEdit(actor, category), because);
                    }

                    _policy.Allows(actor, Requirement.HoldCases).Should().Be(_policy.CanHoldCases(actor), because);
                    _policy.Allows(actor, Requirement.ManageInvolvements).Should().Be(_policy.CanManageInvolvements(actor), because);
                    _policy.Allows(actor, Requirement.Export).Should().Be(_policy.CanExport(actor), because);
                    _policy.Allows(actor, Requirement.SubjectAccessReport).Should().Be(_policy.CanProduceSubjectAccessReport(actor), because);
                    _policy.Allows(actor, Requirement.ReadWageValue).Should().Be(_policy.CanReadWageValue(actor), because);
                    _policy.Allows(actor, Requirement.AssessWageValue).Should().Be(_policy.CanAssessWageValue(actor), because);
                    _policy.Allows(actor, Requirement.DecideWageValue).Should().Be(_policy.CanDecideWageValue(actor), because);
                    _policy.Allows(actor, Requirement.Administer).Should().Be(_policy.CanAdminister(actor), because);
                    _policy.Allows(actor, Requirement.Figures).Should().Be(_policy.CanSeeFigures(actor), because);
                }
            }
        }
    }

    [Fact]
    public void Accounts_are_offered_for_every_type_but_external_providers_and_services_only_from_external_providers()
    {
        OrganisationTypeRules.AccountHolderTypes.Should().BeEquivalentTo(Enum.GetValues<OrganisationType>().Where(t => t != OrganisationType.ExternalProvider));
        OrganisationTypeRules.ServiceProviderTypes.Should().Equal(OrganisationType.ExternalProvider);
    }

    // organisation type, role, declaration → sees figures, of all regions, with werkfitbehoud (and the budget)
    [Theory]
    [InlineData(OrganisationType.Municipality, Role.Caseworker, true, true, false, true)]
    [InlineData(OrganisationType.Uwv, Role.Caseworker, true, true, false, true)]
    [InlineData(OrganisationType.Union, Role.Caseworker, true, true, false, false)]
    [InlineData(OrganisationType.Union, Role.Caseworker, false, false, false, false)]
    [InlineData(OrganisationType.EmployerOrganisation, Role.Caseworker, true, true, false, false)]
    [InlineData(OrganisationType.Municipality, Role.WageValueAssessor, true, false, false, false)]
    [InlineData(OrganisationType.Administration, Role.Administrator, true, true, true, true)]
    public void Figures_are_for_caseworkers_of_the_region_and_administrators_and_werkfitbehoud_never_for_union_or_employer_staff(
        OrganisationType type, Role role, bool declarationAccepted, bool sees, bool allRegions, bool werkfitbehoud)
    {
        var actor = ActorOf(type, role, declarationAccepted);
        _policy.CanSeeFigures(actor).Should().Be(sees);
        _policy.SeesFiguresOfAllRegions(actor).Should().Be(allRegions);
        _policy.FiguresIncludeBanenafspraakDerived(actor).Should().Be(werkfitbehoud);
        _policy.CanManageBudgets(actor).Should().Be(allRegions);
    }
}
