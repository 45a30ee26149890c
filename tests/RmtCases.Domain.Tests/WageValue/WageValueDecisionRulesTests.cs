using RmtCases.Domain.WageValue;

namespace RmtCases.Domain.Tests.WageValue;

/// <summary>Besluit loonkostensubsidie Participatiewet 2021, art. 3(2) and (4): the college sets the loonwaarde, not the assessor.</summary>
public class WageValueDecisionRulesTests
{
    private static readonly DateOnly _today = new(2026, 12, 1);
    private static readonly DateOnly _finalised = new(2026, 11, 20);

    private static WageValueDecision Valid() =>
        new(new DateOnly(2026, 11, 25), "LKS-2026/0142", 71, new DateOnly(2026, 12, 1), new DateOnly(2027, 12, 1));

    [Theory]
    [InlineData(AssessmentStatus.Draft, false)]
    [InlineData(AssessmentStatus.Superseded, false)]
    [InlineData(AssessmentStatus.Final, true)]
    public void Only_a_final_version_not_yet_set_can_be_set(AssessmentStatus status, bool alreadyDecided)
    {
        WageValueDecisionRules.Validate(Valid(), status, alreadyDecided, 71, _finalised, deciderIsAssessor: false, _today)
            .Errors.Should().ContainSingle().Which.Message.Should().Be(WageValueDecisionRules.NotFinalMessage);
    }

    [Fact]
    public void The_assessor_who_made_the_report_cannot_set_it()
    {
        WageValueDecisionRules.Validate(Valid(), AssessmentStatus.Final, false, 71, _finalised, deciderIsAssessor: true, _today)
            .Errors.Should().ContainSingle().Which.Message.Should().Contain("art. 3, vierde lid");
    }

    [Theory]
    [InlineData("2026-11-20", "LKS-1", 71, "2026-12-01", "2026-12-02", "")]
    [InlineData("2026-12-01", "LKS-1", 71, "2026-12-01", "2026-12-02", "")]
    [InlineData("2026-11-19", "LKS-1", 71, "2026-12-01", "2027-12-01", "DecidedOn")]
    [InlineData("2026-12-02", "LKS-1", 71, "2026-12-01", "2027-12-01", "DecidedOn")]
    [InlineData("2026-11-25", "", 71, "2026-12-01", "2027-12-01", "Reference")]
    [InlineData("2026-11-25", "LKS 1", 71, "2026-12-01", "2027-12-01", "Reference")]
    [InlineData("2026-11-25", "LKS-1", 70, "2026-12-01", "2027-12-01", "Percentage")]
    [InlineData("2026-11-25", "LKS-1", 72, "2026-12-01", "2027-12-01", "Percentage")]
    [InlineData("2026-11-25", "LKS-1", 71, "2026-12-01", "2026-12-01", "NextAssessmentOn")]
    public void The_decision_is_complete_and_follows_the_report(string on, string reference, int percentage, string from, string next, string field)
    {
        var decision = new WageValueDecision(Table.Date(on), reference, percentage, Table.Date(from), Table.Date(next));

        var result = WageValueDecisionRules.Validate(decision, AssessmentStatus.Final, false, 71, _finalised, false, _today);

        result.Errors.Select(e => e.Field).Should().Equal(field.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_different_wage_value_needs_a_correction_first()
    {
        WageValueDecisionRules.Validate(Valid() with { Percentage = 75 }, AssessmentStatus.Final, false, 71, _finalised, false, _today)
            .MessagesFor(WageValueDecisionRules.PercentageField).Should().Equal(WageValueDecisionRules.PercentageMismatchMessage(71));
    }
}
