using RmtCases.Domain.Participants;
using RmtCases.Domain.Retention;

namespace RmtCases.Domain.Tests.Retention;

public sealed class RetentionRulesTests
{
    private static readonly DateOnly _end = new(2023, 1, 1);

    [Theory]
    [InlineData("2022-12-31", ParticipantStatus.Active, null, false)]
    [InlineData("2023-01-01", ParticipantStatus.Active, null, true)]
    [InlineData("2023-01-02", ParticipantStatus.Active, null, true)]
    [InlineData("2022-06-28", ParticipantStatus.Withdrawn, "2022-06-01", false)]
    [InlineData("2022-06-29", ParticipantStatus.Withdrawn, "2022-06-01", true)]
    [InlineData("2022-06-30", ParticipantStatus.Withdrawn, "2022-06-01", true)]
    [InlineData("2022-12-31", ParticipantStatus.Withdrawn, "2022-12-30", false)]
    [InlineData("2023-01-01", ParticipantStatus.Withdrawn, "2022-12-30", true)]
    public void Due_on_the_end_date_or_after_the_grace_period(string today, ParticipantStatus status, string? withdrawnOn, bool due) =>
        RetentionRules.IsDue(DateOnly.Parse(today), _end, 28, status, withdrawnOn is null ? null : DateOnly.Parse(withdrawnOn))
            .Should().Be(due);

    [Theory]
    [InlineData(null, "2023-01-01")]
    [InlineData("2022-06-01", "2022-06-29")]
    [InlineData("2022-12-20", "2023-01-01")]
    public void Erasure_date_is_the_earlier_of_grace_and_end(string? withdrawnOn, string expected) =>
        RetentionRules.ErasureDate(_end, 28, withdrawnOn is null ? null : DateOnly.Parse(withdrawnOn)).Should().Be(DateOnly.Parse(expected));

    [Theory]
    [InlineData("2021-01-01", "2021-K1")]
    [InlineData("2021-03-31", "2021-K1")]
    [InlineData("2021-04-01", "2021-K2")]
    [InlineData("2022-12-31", "2022-K4")]
    public void Quarters(string date, string quarter) => RetentionRules.Quarter(DateOnly.Parse(date)).Should().Be(quarter);
}
