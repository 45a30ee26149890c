using RmtCases.Domain.Participants;

namespace RmtCases.Web.Features.Exchange;

/// <summary>A step of the route as an export carries it (<see cref="RouteContent"/>): the organisation that took it, not the person.</summary>
public sealed record RouteStepRow(DateTimeOffset At, RoutePhase From, RoutePhase To, RouteOutcome? Outcome, RouteAbortReason? AbortReason, string Organisation);
