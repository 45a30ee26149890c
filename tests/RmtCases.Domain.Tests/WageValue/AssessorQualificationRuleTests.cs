using RmtCases.Domain.WageValue;

namespace RmtCases.Domain.Tests.WageValue;

/// <summary>Regeling loonkostensubsidie Participatiewet 2021, art. 3.</summary>
public class AssessorQualificationRuleTests
{
    internal static AssessorQualification Qualification(DateOnly experienceSince, DateOnly knowledgeUpdatedOn) => new()
    {
        UserId = Guid.NewGuid(),
        DiplomaKind = DiplomaKind.HigherEducation,
        DiplomaTitle = "hbo Toegepaste Psychologie",
        DiplomaOn = new DateOnly(2012, 7, 1),
        ExperienceSince = experienceSince,
        KnowledgeUpdatedOn = knowledgeUpdatedOn,
    };

    [Theory]
    // Two years of experience to the day.
    [InlineData("2024-12-01", "2026-06-01", "2026-12-01", "")]
    [InlineData("2024-12-02", "2026-06-01", "2026-12-01", "experience")]
    // Knowledge kept up to date: valid through the day twelve months on, lapsed the day after.
    [InlineData("2020-01-01", "2025-12-01", "2026-12-01", "")]
    [InlineData("2020-01-01", "2025-11-30", "2026-12-01", "lapsed")]
    [InlineData("2020-01-01", "2026-12-02", "2026-12-01", "lapsed")]
    [InlineData("2025-01-01", "2025-01-01", "2026-12-01", "experience,lapsed")]
    public void An_assessor_needs_two_years_and_knowledge_kept_up_to_date(string since, string updated, string today, string refused)
    {
        var result = AssessorQualificationRule.Check(Qualification(Table.Date(since), Table.Date(updated)), Table.Date(today));

        var messages = result.MessagesFor(AssessorQualificationRule.Field).ToList();
        messages.Any(m => m.Contains("minder dan twee jaar", StringComparison.Ordinal)).Should().Be(refused.Contains("experience", StringComparison.Ordinal));
        messages.Any(m => m.Contains("het laatst op", StringComparison.Ordinal)).Should().Be(refused.Contains("lapsed", StringComparison.Ordinal));
        messages.Where(m => !(m.Contains("art. 3 Regeling loonkostensubsidie Participatiewet 2021", StringComparison.Ordinal))).Should().BeEmpty();
    }

    [Fact]
    public void An_assessor_without_a_record_cannot_finalise()
    {
        AssessorQualificationRule.Check(null, new DateOnly(2026, 12, 1)).MessagesFor(AssessorQualificationRule.Field)
            .Should().Equal(AssessorQualificationRule.MissingMessage);
    }
}
