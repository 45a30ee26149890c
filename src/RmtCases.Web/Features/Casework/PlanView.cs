using RmtCases.Domain.Casework;

namespace RmtCases.Web.Features.Casework;

/// <summary>
/// The plan with its actions, due first, as its reader may see it; <see cref="Exists"/> false before anything they may
/// see was planned; <see cref="Version"/> is <see cref="PlanVersion"/> of what they see.
/// </summary>
public sealed record PlanView(bool Exists, PlanGoal? Goal, uint Version, IReadOnlyList<ActionRow> Actions);
