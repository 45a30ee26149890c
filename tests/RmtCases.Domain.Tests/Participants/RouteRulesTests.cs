using RmtCases.Domain.Participants;

namespace RmtCases.Domain.Tests.Participants;

public sealed class RouteRulesTests
{
    private const RoutePhase R = RoutePhase.Registered;
    private const RoutePhase I = RoutePhase.Intake;
    private const RoutePhase P = RoutePhase.Plan;
    private const RoutePhase U = RoutePhase.Execution;
    private const RoutePhase C = RoutePhase.Completed;
    private const RoutePhase A = RoutePhase.Aborted;

    /// <summary>Every pair of phases: whether the route may take that step.</summary>
    public static TheoryData<RoutePhase, RoutePhase, bool> Steps()
    {
        var allowed = new HashSet<(RoutePhase, RoutePhase)>
        {
            (R, I), (R, A),
            (I, P), (I, C), (I, A),
            (P, U), (P, I), (P, C), (P, A),
            (U, C), (U, P), (U, A),
        };
        var data = new TheoryData<RoutePhase, RoutePhase, bool>();
        foreach (var from in Enum.GetValues<RoutePhase>())
        {
            foreach (var to in Enum.GetValues<RoutePhase>())
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Only_the_allowed_steps_are_taken(RoutePhase from, RoutePhase to, bool allowed)
    {
        var outcome = to == C ? RouteOutcome.OtherJobFound : (RouteOutcome?)null;
        var reason = to == A ? RouteAbortReason.NoContact : (RouteAbortReason?)null;

        var result = RouteRules.Validate(from, to, outcome, reason);

        result.IsValid.Should().Be(allowed);
        RouteRules.NextPhases(from).Contains(to).Should().Be(allowed);
        if (!allowed)
        {
            result.MessagesFor("ToPhase").Should().ContainSingle().Which.Should().Be(RouteRules.NotAllowedMessage);
        }
    }

    [Theory]
    [InlineData(C, null, null, "Outcome", RouteRules.OutcomeRequiredMessage)]
    [InlineData(A, null, null, "AbortReason", RouteRules.ReasonRequiredMessage)]
    [InlineData(P, RouteOutcome.KeptJob, null, "Outcome", RouteRules.OutcomeNotAllowedMessage)]
    [InlineData(P, null, RouteAbortReason.Moved, "AbortReason", RouteRules.ReasonNotAllowedMessage)]
    [InlineData(C, RouteOutcome.KeptJob, RouteAbortReason.Moved, "AbortReason", RouteRules.ReasonNotAllowedMessage)]
    [InlineData(A, RouteOutcome.KeptJob, RouteAbortReason.Moved, "Outcome", RouteRules.OutcomeNotAllowedMessage)]
    [InlineData(C, (RouteOutcome)99, null, "Outcome", RouteRules.OutcomeRequiredMessage)]
    [InlineData(A, null, (RouteAbortReason)99, "AbortReason", RouteRules.ReasonRequiredMessage)]
    public void An_end_needs_its_own_outcome_or_reason_and_nothing_else(
        RoutePhase to, RouteOutcome? outcome, RouteAbortReason? reason, string field, string message) =>
        RouteRules.Validate(I, to, outcome, reason).MessagesFor(field).Should().Contain(message);

    [Fact]
    public void A_withdrawn_participants_route_does_not_move() =>
        RouteRules.Validate(R, I, null, null, withdrawn: true).MessagesFor("ToPhase").Should().ContainSingle(RouteRules.WithdrawnMessage);

    [Fact]
    public void A_step_moves_the_phase_and_is_recorded_with_who_and_when()
    {
        var participant = new Participant { Person = new PersonDetails { GivenNames = "Ayşe", Surname = "Öztürk", Street = "Damrak", HouseNumber = "1", Postcode = "1012LG", City = "Amsterdam" } };
        var organisation = Guid.NewGuid();
        var user = Guid.NewGuid();
        var at = new DateTimeOffset(2021, 6, 1, 9, 0, 0, TimeSpan.Zero);

        participant.ChangePhase(I, null, null, at, organisation, user).IsValid.Should().BeTrue();
        participant.ChangePhase(C, RouteOutcome.KeptJob, null, at.AddDays(30), organisation, user).IsValid.Should().BeTrue();
        participant.ChangePhase(I, null, null, at.AddDays(31), organisation, user).IsValid.Should().BeFalse("a completed route has ended");

        participant.RoutePhase.Should().Be(C);
        participant.RoutePhaseSince.Should().Be(at.AddDays(30));
        participant.RouteOutcome.Should().Be(RouteOutcome.KeptJob);
        participant.PhaseHistory.Select(h => (h.FromPhase, h.ToPhase, h.Outcome, h.ChangedAt, h.ByOrganisationId, h.ByUserId))
            .Should().Equal((R, I, null, at, organisation, user), (I, C, RouteOutcome.KeptJob, at.AddDays(30), organisation, user));
    }

    [Fact]
    public void Every_phase_outcome_and_reason_has_a_Dutch_label()
    {
        Enum.GetValues<RoutePhase>().Select(p => p.Label()).Should().OnlyHaveUniqueItems().And.NotContain(l => Enum.GetNames<RoutePhase>().Contains(l) && l != "Intake" && l != "Plan");
        Enum.GetValues<RouteOutcome>().Select(o => o.Label()).Should().OnlyHaveUniqueItems().And.NotContain(Enum.GetNames<RouteOutcome>());
        Enum.GetValues<RouteAbortReason>().Select(r => r.Label()).Should().OnlyHaveUniqueItems().And.NotContain(Enum.GetNames<RouteAbortReason>());
    }
}
