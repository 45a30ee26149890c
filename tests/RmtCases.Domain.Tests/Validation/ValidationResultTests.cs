using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Tests.Validation;

public class ValidationResultTests
{
    [Theory]
    [InlineData("Tempo", "Input", "Input.Tempo")]
    [InlineData("Tasks[1].Share", "Input", "Input.Tasks[1].Share")]
    [InlineData("", "Input", "")]
    public void Prefix_maps_fields_to_model_state_keys(string field, string prefix, string expected)
    {
        ValidationResult.Failure(field, "Fout.").WithPrefix(prefix).Errors.Single().Field.Should().Be(expected);
    }

    [Fact]
    public void Combine_keeps_all_errors_in_order()
    {
        var result = ValidationResult.Combine(
            ValidationResult.Failure("A", "Eerste."),
            ValidationResult.Success,
            ValidationResult.Of([new FieldError("B", "Tweede."), new FieldError("A", "Derde.")]));

        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => e.Message).Should().Equal("Eerste.", "Tweede.", "Derde.");
        result.MessagesFor("A").Should().Equal("Eerste.", "Derde.");
    }

    [Fact]
    public void No_errors_is_success()
    {
        ValidationResult.Of([]).Should().BeSameAs(ValidationResult.Success);
        ValidationResult.Success.WithPrefix("Input").IsValid.Should().BeTrue();
    }
}
