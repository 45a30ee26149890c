using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Tests.Validation;

public class WorkHistoryRuleTests
{
    private static readonly DateOnly _today = Table.Date("2026-12-01");
    private static readonly DateOnly _born = Table.Date("1990-03-10");

    [Theory]
    [InlineData("2005-03-09", null, "Start:" + WorkHistoryRule.TooYoungMessage)]   // the day before the 15th birthday
    [InlineData("2005-03-10", null, "")]                                           // the 15th birthday
    [InlineData("2005-03-11", null, "")]
    [InlineData("1989-01-01", null, "Start:" + WorkHistoryRule.TooYoungMessage)]   // before birth
    [InlineData("2026-11-30", null, "")]
    [InlineData("2026-12-01", null, "")]
    [InlineData("2026-12-02", null, "Start:" + WorkHistoryRule.FutureStartMessage)]
    [InlineData("2040-01-01", null, "Start:" + WorkHistoryRule.FutureStartMessage)]
    [InlineData("2026-01-01", "2031-12-01", "")]                                   // a running job with a planned end
    [InlineData("2026-01-01", "2031-12-02", "End:De einddatum mag niet meer dan 5 jaar in de toekomst liggen.")]
    [InlineData("2020-01-02", "2020-01-01", "End:" + PeriodRule.EndBeforeStartMessage)]
    [InlineData("2026-12-02", "2026-12-01", "Start:" + WorkHistoryRule.FutureStartMessage + "|End:" + PeriodRule.EndBeforeStartMessage)]
    public void A_job_starts_between_the_15th_birthday_and_today(string start, string? end, string expected)
    {
        var result = WorkHistoryRule.Validate(Table.Date(start), end is null ? null : Table.Date(end), _born, _today);

        result.Errors.Select(e => $"{e.Field}:{e.Message}")
            .Should().Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Field_names_can_be_given()
    {
        var result = WorkHistoryRule.Validate(Table.Date("2027-01-01"), null, _born, _today, startField: "Input.StartDate", endField: "Input.EndDate");

        result.Errors.Should().ContainSingle().Which.Field.Should().Be("Input.StartDate");
    }
}
