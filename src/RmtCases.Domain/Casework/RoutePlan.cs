namespace RmtCases.Domain.Casework;

/// <summary>
/// A participant's trajectplan: a goal and its actions. Every change to the plan or one of its actions touches this
/// row, so two people saving at the same moment conflict on its xmin instead of overwriting. The xmin moves with a
/// change to an action only some may see (category g), so it is never shown: the version a form carries is
/// <see cref="PlanVersion"/>, computed from the plan as its reader sees it.
/// </summary>
public sealed class RoutePlan
{
    public Guid ParticipantId { get; set; }
    /// <summary>Chosen from a list; a template may add actions before the goal is chosen.</summary>
    public PlanGoal? Goal { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public List<PlanAction> Actions { get; } = [];
    public uint Version { get; set; }
}
