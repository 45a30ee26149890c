using RmtCases.Domain.Casework;

namespace RmtCases.Domain.Tests.Casework;

public sealed class PlanVersionTests
{
    private static readonly Guid _first = Guid.NewGuid();
    private static readonly Guid _second = Guid.NewGuid();
    private static readonly Guid _holder = Guid.NewGuid();

    [Fact]
    public void A_plan_that_holds_nothing_its_reader_sees_has_the_version_of_no_plan()
    {
        PlanVersion.Of(null, []).Should().Be(PlanVersion.Empty);
        PlanVersion.Of(PlanGoal.KeepJob, []).Should().NotBe(PlanVersion.Empty);
        PlanVersion.Of(null, [(_first, ActionStatus.ToDo, null)]).Should().NotBe(PlanVersion.Empty);
    }

    [Fact]
    public void The_version_follows_what_can_change_and_not_the_order_read()
    {
        var plan = PlanVersion.Of(PlanGoal.KeepJob, [(_first, ActionStatus.ToDo, _holder), (_second, ActionStatus.Done, null)]);

        PlanVersion.Of(PlanGoal.KeepJob, [(_second, ActionStatus.Done, null), (_first, ActionStatus.ToDo, _holder)]).Should().Be(plan);
        PlanVersion.Of(PlanGoal.NewJobOtherSector, [(_first, ActionStatus.ToDo, _holder), (_second, ActionStatus.Done, null)]).Should().NotBe(plan);
        PlanVersion.Of(PlanGoal.KeepJob, [(_first, ActionStatus.InProgress, _holder), (_second, ActionStatus.Done, null)]).Should().NotBe(plan);
        PlanVersion.Of(PlanGoal.KeepJob, [(_first, ActionStatus.ToDo, null), (_second, ActionStatus.Done, null)]).Should().NotBe(plan);
        PlanVersion.Of(PlanGoal.KeepJob, [(_first, ActionStatus.ToDo, _holder)]).Should().NotBe(plan, "an action the reader no longer sees, or a new one, is a change");
    }
}
