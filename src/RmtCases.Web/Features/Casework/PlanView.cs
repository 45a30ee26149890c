using RmtCases.Domain.Casework;

namespace RmtCases.Web.Features.Casework;

/// <summary>
/// The plan with its actions, due first, as its reader may see it; <see cref="Exists"/> false before anything they may
/// see was planned; <see cref="Version"/> is <see cref="PlanVersion"/> of what they see.
/// </summary>
public sealed record PlanView(bool Exists, PlanGoal? Goal, uint Version, IReadOnlyList<ActionRow> Actions)
{
    /// <summary>No plan row: nothing planned yet.</summary>
    public static readonly PlanView None = new(false, null, PlanVersion.Empty, []);

    /// <summary>A plan row's goal and the actions its reader may see (actions due first).</summary>
    public static PlanView Of(PlanGoal? goal, IReadOnlyList<ActionRow> actions) => new(
        goal is not null || actions.Count > 0, goal,
        PlanVersion.Of(goal, actions.Select(a => (a.Id, a.Status, a.ResponsibleUserId))), actions);
}
