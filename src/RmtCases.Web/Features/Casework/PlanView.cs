using RmtCases.Domain.Casework;

namespace RmtCases.Web.Features.Casework;

/// <summary>The plan with its actions, due first; <see cref="Exists"/> false before anything was planned.</summary>
public sealed record PlanView(bool Exists, PlanGoal? Goal, uint Version, IReadOnlyList<ActionRow> Actions);
