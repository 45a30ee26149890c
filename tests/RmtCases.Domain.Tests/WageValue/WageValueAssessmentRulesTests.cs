using RmtCases.Domain.WageValue;

namespace RmtCases.Domain.Tests.WageValue;

public class WageValueAssessmentRulesTests
{
    private static readonly TaskMeasurement[] _validTasks = Table.Tasks("80 90 100 50; 100 100 100 50");
    private static readonly DateOnly _today = new(2026, 12, 1);

    /// <summary>Facts that pass every rule but the ones a test names.</summary>
    internal static FinalisationFacts Facts(
        bool workerInvolved = true, bool employerInput = true, bool workerView = true, bool employerView = true,
        bool normFunction = true, WorkingTime? time = null, bool qualified = true) =>
        new(workerInvolved, employerInput, workerView, employerView, normFunction, time ?? new WorkingTime(32, 8),
            qualified ? AssessorQualificationRuleTests.Qualification(new DateOnly(2020, 1, 1), _today) : null, _today);

    [Theory]
    [InlineData(false, true, true, true, "WorkerView")]
    [InlineData(true, false, true, true, "EmployerView")]
    [InlineData(false, false, true, true, "WorkerView,EmployerView")]
    [InlineData(true, true, false, true, "NormFunction")]
    [InlineData(true, true, true, false, "Assessor")]
    [InlineData(true, true, true, true, "")]
    public void Finalising_needs_both_views_the_norm_function_and_a_qualified_assessor(
        bool workerView, bool employerView, bool normFunction, bool qualified, string expectedFields)
    {
        var result = WageValueAssessmentRules.ValidateFinalisation(
            new AssessmentVersion(1, false), Facts(workerView: workerView, employerView: employerView, normFunction: normFunction, qualified: qualified), _validTasks);

        result.Errors.Select(e => e.Field).Should().Equal(expectedFields.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Missing_views_cite_the_besluit_in_dutch()
    {
        var result = WageValueAssessmentRules.ValidateFinalisation(
            new AssessmentVersion(1, false), Facts(workerView: false, employerView: false), _validTasks);

        result.MessagesFor("WorkerView").Single().Should().StartWith("Leg de zienswijze van de werknemer vast").And.Contain("heeft afgezien")
            .And.Contain("art. 3, derde lid, onderdeel d, Besluit loonkostensubsidie Participatiewet 2021");
        result.MessagesFor("EmployerView").Single().Should().StartWith("Leg de zienswijze van de werkgever vast");
    }

    [Fact]
    public void Finalising_needs_the_working_time_and_main_tasks_only()
    {
        var noTime = WageValueAssessmentRules.ValidateFinalisation(
            new AssessmentVersion(1, false), Facts() with { WorkingTime = null }, _validTasks);
        noTime.Errors.Should().ContainSingle().Which.Message.Should().Be(WageValueAssessmentRules.WorkingTimeMissingMessage);

        // 5% of the week is less than 1/16.
        var small = WageValueAssessmentRules.ValidateFinalisation(
            new AssessmentVersion(1, false), Facts(), Table.Tasks("80 90 100 95; 100 100 100 5"));
        small.Errors.Select(e => e.Field).Should().OnlyContain(f => f == "Tasks[1].Share").And.HaveCount(2);
    }

    [Theory]
    [InlineData(true, true, "")]
    [InlineData(false, true, "WorkerInvolvement")]
    [InlineData(true, false, "EmployerInput")]
    [InlineData(false, false, "WorkerInvolvement,EmployerInput")]
    public void Finalising_needs_the_workers_involvement_and_the_employers_input(
        bool workerInvolved, bool employerInput, string expectedFields)
    {
        var result = WageValueAssessmentRules.ValidateFinalisation(
            new AssessmentVersion(1, IsFinalised: false), Facts(workerInvolved, employerInput), _validTasks);

        result.Errors.Select(e => e.Field).Should().Equal(expectedFields.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Missing_involvement_is_explained_in_dutch()
    {
        var result = WageValueAssessmentRules.ValidateFinalisation(
            new AssessmentVersion(1, false), Facts(workerInvolved: false, employerInput: false), _validTasks);

        result.MessagesFor("WorkerInvolvement").Should().Equal(
            "Leg eerst vast hoe de werknemer bij de loonwaardemeting is betrokken. Zonder die betrokkenheid kan de meting niet definitief worden.");
        result.MessagesFor("EmployerInput").Should().Equal(
            "Leg eerst de inbreng van de werkgever vast. Zonder die inbreng kan de meting niet definitief worden.");
    }

    [Theory]
    [InlineData("", "Tasks")]
    [InlineData("100 100 100 90", "Tasks.Share")]
    public void Finalising_needs_a_valid_measurement(string tasks, string expectedField)
    {
        var result = WageValueAssessmentRules.ValidateFinalisation(new AssessmentVersion(1, false), Facts(), Table.Tasks(tasks));

        result.Errors.Should().ContainSingle().Which.Field.Should().Be(expectedField);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_finalised_assessment_cannot_be_finalised_again(bool workerInvolved, bool employerInput)
    {
        var result = WageValueAssessmentRules.ValidateFinalisation(
            new AssessmentVersion(2, IsFinalised: true), Facts(workerInvolved, employerInput), _validTasks);

        result.Errors.Should().ContainSingle().Which.Message.Should().Be(WageValueAssessmentRules.ReadOnlyMessage);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void A_finalised_assessment_is_read_only(bool isFinalised, bool readOnly)
    {
        var version = new AssessmentVersion(1, isFinalised);

        WageValueAssessmentRules.IsReadOnly(version).Should().Be(readOnly);
        WageValueAssessmentRules.ValidateEdit(version).IsValid.Should().Be(!readOnly);
    }

    [Theory]
    // "1F,2D": version 1 finalised, version 2 draft.
    [InlineData("", 1)]
    [InlineData("1F", 2)]
    [InlineData("1F,2F", 3)]
    [InlineData("1F,2F,3D", 4)]
    [InlineData("3F,1F,2F", 4)]
    public void A_correction_gets_the_next_version_number(string series, int expected)
    {
        WageValueAssessmentRules.NextVersionNumber(Series(series)).Should().Be(expected);
    }

    [Theory]
    [InlineData(1, "1F", "")]
    [InlineData(2, "1F,2F", "")]
    [InlineData(1, "1D", "Dit is nog een concept; u kunt het gewoon wijzigen. Een correctie is alleen nodig voor een definitieve versie.")]
    [InlineData(1, "1F,2F", "Versie 1 is niet de laatste definitieve versie. Corrigeer versie 2.")]
    [InlineData(1, "1F,2D", "Er is al een correctie in behandeling (versie 2). Werk die bij of rond die eerst af.")]
    public void Only_the_latest_finalised_version_is_corrected(int toCorrect, string series, string expectedMessage)
    {
        var versions = Series(series);
        var result = WageValueAssessmentRules.ValidateCorrection(versions.Single(v => v.VersionNumber == toCorrect), versions);

        result.Errors.Select(e => e.Message).Should().Equal(expectedMessage.Length == 0 ? [] : [expectedMessage]);
    }

    private static AssessmentVersion[] Series(string spec) =>
        [.. spec.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => new AssessmentVersion(int.Parse(v[..^1], System.Globalization.CultureInfo.InvariantCulture), v[^1] == 'F'))];
}
