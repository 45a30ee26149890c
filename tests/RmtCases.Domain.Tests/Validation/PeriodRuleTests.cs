using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Tests.Validation;

public class PeriodRuleTests
{
    private static readonly DateOnly _today = Table.Date("2025-06-15");

    [Theory]
    [InlineData("2025-01-01", "2025-12-31", 5, "")]
    [InlineData("2025-01-01", "2025-01-01", 5, "")]
    [InlineData("2025-01-01", null, 5, "")]
    [InlineData("2025-01-01", "2030-06-15", 5, "")]
    [InlineData("2025-01-01", "2030-06-16", 5, "End:De einddatum mag niet meer dan 5 jaar in de toekomst liggen.")]
    [InlineData("2025-01-01", "2026-06-16", 1, "End:De einddatum mag niet meer dan 1 jaar in de toekomst liggen.")]
    [InlineData("2025-01-01", "2025-06-16", 0, "End:De einddatum mag niet meer dan 0 jaar in de toekomst liggen.")]
    [InlineData("2025-01-02", "2025-01-01", 5, "End:De einddatum moet op of na de begindatum liggen.")]
    [InlineData("2031-01-01", null, 5, "Start:De begindatum mag niet meer dan 5 jaar in de toekomst liggen.")]
    [InlineData("2031-01-01", "2030-01-01", 5, "Start:De begindatum mag niet meer dan 5 jaar in de toekomst liggen.|End:De einddatum moet op of na de begindatum liggen.")]
    [InlineData("2018-01-01", "2020-01-01", 5, "")]
    public void Validates_order_and_horizon(string start, string? end, int maxYearsAhead, string expected)
    {
        var result = PeriodRule.Validate(
            Table.Date(start), end is null ? null : Table.Date(end), _today, maxYearsAhead);

        result.Errors.Select(e => $"{e.Field}:{e.Message}")
            .Should().Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Default_horizon_is_five_years()
    {
        PeriodRule.Validate(_today, Table.Date("2030-06-16"), _today).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Field_names_can_be_given()
    {
        var result = PeriodRule.Validate(
            Table.Date("2025-02-01"), Table.Date("2025-01-01"), _today, startField: "Input.From", endField: "Input.Until");

        result.Errors.Should().ContainSingle().Which.Field.Should().Be("Input.Until");
    }

    [Fact]
    public void A_negative_horizon_is_a_programming_error()
    {
        var act = () => PeriodRule.Validate(_today, null, _today, -1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
