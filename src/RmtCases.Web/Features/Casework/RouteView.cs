using RmtCases.Domain.Participants;

namespace RmtCases.Web.Features.Casework;

/// <summary>The route as the case file shows it: phase, who holds the case per organisation, and the plan.</summary>
public sealed record RouteView(
    Guid ParticipantId,
    RoutePhase Phase,
    DateTimeOffset Since,
    RouteOutcome? Outcome,
    RouteAbortReason? AbortReason,
    bool CanChange,
    bool CanAssign,
    IReadOnlyList<HolderRow> Holders,
    PlanView Plan);
