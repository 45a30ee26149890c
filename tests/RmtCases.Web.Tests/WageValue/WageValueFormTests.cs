using Microsoft.AspNetCore.Mvc.ModelBinding;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Tests.WageValue;

public sealed class WageValueFormTests
{
    [Theory]
    [InlineData("87,5", 87.5)]
    [InlineData("87.5", 87.5)]
    [InlineData(" 80 ", 80)]
    [InlineData("100", 100)]
    [InlineData("0", 0)]
    [InlineData("33,33", 33.33)]
    [InlineData("87,5%", 87.5)]
    public void Percentages_accept_the_Dutch_comma(string text, double expected)
    {
        WageValueNumbers.TryParsePercentage(text, out var value).Should().BeTrue();
        value.Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("tachtig")]
    [InlineData("1.000")]
    [InlineData("87,555")]
    [InlineData("-5")]
    [InlineData("1000")]
    [InlineData("8 7")]
    public void Percentages_refuse_what_is_not_one(string? text) =>
        WageValueNumbers.TryParsePercentage(text, out _).Should().BeFalse();

    [Fact]
    public void Calculator_errors_land_on_the_row_they_were_typed_in_when_empty_rows_lie_between()
    {
        var modelState = new ModelStateDictionary();
        var input = new WageValueInput
        {
            WorkerName = "A", WorkerDateOfBirth = new DateOnly(1990, 1, 1), EmployerName = "B", JobTitle = "C",
            Tasks =
            [
                new TaskInput { Name = "Een", Tempo = "80", Quality = "90", NetWorkingTime = "100", Share = "50" },
                new TaskInput(),
                new TaskInput { Name = "Drie", Tempo = "120", Quality = "90", NetWorkingTime = "100", Share = "50" },
            ],
        };

        var errors = new FormRules.Errors();
        var draft = WageValueForm.Validate(input, errors, TimeProvider.System.TodayInNetherlands());
        modelState.AddErrors(WageValueForm.Prefix, errors.List);

        draft.Should().BeNull();
        modelState.Keys.Should().Contain("Input.Tasks[2].Tempo").And.NotContain("Input.Tasks[1].Tempo");
        modelState["Input.Tasks[2].Tempo"]!.Errors.Single().ErrorMessage.Should().Be(WageValueCalculator.TempoMessage);
    }

    [Fact]
    public void Percent_shows_one_decimal_with_a_comma_rounded_half_away_from_zero()
    {
        WageValueText.Percent(20.25m).Should().Be("20,3%");
        WageValueText.Percent(71.4m).Should().Be("71,4%");
        WageValueText.Percent(36m).Should().Be("36,0%");
    }
}
