namespace RmtCases.Domain.Casework;

/// <summary>
/// A participant's trajectplan: a goal and its actions. Its xmin is the plan's version: every change to the plan or
/// one of its actions touches this row, so two people editing the same plan conflict instead of overwriting.
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
