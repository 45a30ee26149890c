using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Features.Exchange;

/// <summary>
/// The route as an export carries it (category e, labour-market mediation): where it stands, each step taken, the
/// plan's goal and actions, and which organisation holds the case since when. Organisations, not staff: a
/// caseworker's name is personal data of someone else, as in the rest of the subject access report.
/// </summary>
public sealed record RouteContent(
    RoutePhase Phase,
    DateTimeOffset Since,
    RouteOutcome? Outcome,
    RouteAbortReason? AbortReason,
    IReadOnlyList<RouteStepRow> Steps,
    PlanGoal? Goal,
    IReadOnlyList<PlanActionRow> Actions,
    IReadOnlyList<CasehouderRow> Casehouders);
