using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Demo;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.WageValue;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Demo;

/// <summary>The demo assessment has been through every step the Besluit and the Regeling ask for.</summary>
[Collection(WebCollection.Name)]
public sealed class DemoWageValueTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_assessment_is_measured_heard_finalised_and_set_by_someone_else()
    {
        await fixture.InScopeAsync(async (services, _) => await DemoSeeder.SeedAsync(services, CancellationToken.None));

        var (a, qualification, caseworkerEmail) = await fixture.InScopeAsync(async (_, db) =>
        {
            var assessment = await db.WageValueAssessments.Include(x => x.Tasks).AsNoTracking().SingleAsync();
            var q = await db.AssessorQualifications.AsNoTracking().SingleOrDefaultAsync(x => x.UserId == assessment.CreatedByUserId);
            var decider = await db.Users.Where(u => u.Id == assessment.DecidedByUserId).Select(u => u.Email).SingleAsync();
            return (assessment, q, decider);
        });
        var today = DutchFormat.DayInAmsterdam(DateTimeOffset.UtcNow);
        var tasks = WageValueForm.Measurements(a.Tasks);

        WageValueChecks.WorkerInvolvementRecorded(a).Should().BeTrue();
        WageValueChecks.EmployerInputRecorded(a).Should().BeTrue();
        WageValueChecks.WorkerViewRecorded(a).Should().BeTrue();
        WageValueChecks.EmployerViewRecorded(a).Should().BeTrue();
        WageValueChecks.NormFunctionRecorded(a).Should().BeTrue();
        MainTaskRule.Validate(tasks, WageValueChecks.WorkingTime(a)!).IsValid.Should().BeTrue();
        AssessorQualificationRule.Check(qualification, today).IsValid.Should().BeTrue();
        a.Status.Should().Be(AssessmentStatus.Final);
        a.AssessorQualificationSummary.Should().Contain("hbo Arbeidsdeskundige");
        a.IsDecided.Should().BeTrue();
        caseworkerEmail.Should().Be("gemeente@ga.demo");
        a.DecidedByUserId.Should().NotBe(a.CreatedByUserId).And.NotBe(a.FinalisedByUserId!.Value);
        a.DecidedPercentage.Should().Be(WageValueCalculator.Calculate(tasks).Percentage).And.Be(69);
        WageValueSubsidy.For(a, fixture.Factory.Services.GetRequiredService<IOptions<WageValueOptions>>().Value)
            .Subsidy.Should().NotBeNull();
    }
}
