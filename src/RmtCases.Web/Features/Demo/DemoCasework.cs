using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Data.Configurations;

namespace RmtCases.Web.Features.Demo;

/// <summary>
/// Routes for the demo participants: every phase, cases held by the gemeente's two caseworkers and cases nobody
/// holds, plans with actions of which some are overdue. Deterministic by position, like the participants.
/// </summary>
public static class DemoCasework
{
    private static readonly RoutePhase[] _cycle =
        [RoutePhase.Registered, RoutePhase.Intake, RoutePhase.Plan, RoutePhase.Execution, RoutePhase.Completed, RoutePhase.Aborted];

    private static readonly Guid[] _actions =
        [ActionCatalogueSeed.Intake, ActionCatalogueSeed.CareerAdvice, ActionCatalogueSeed.ApplicationTraining, ActionCatalogueSeed.ProposeVacancy];

    public static async Task AddAsync(
        RmtDbContext db, int regionId, IReadOnlyList<Organisation> organisations, Guid caseworker, Guid colleague, DateTimeOffset now, DateOnly today,
        CancellationToken cancellationToken)
    {
        var municipality = organisations.First(o => o.Type == OrganisationType.Municipality);
        var participants = await db.Participants.Include(p => p.Involvements)
            .Where(p => p.RegionId == regionId && p.Status == ParticipantStatus.Active)
            .OrderBy(p => p.Person.Surname).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        for (var i = 0; i < participants.Count; i++)
        {
            var participant = participants[i];
            var target = _cycle[i % _cycle.Length];
            var at = now.AddDays(-60);
            foreach (var step in PathTo(target))
            {
                at = at.AddDays(7);
                participant.ChangePhase(step.Phase, step.Outcome, step.Reason, at, municipality.Id, caseworker);
            }

            // The caseworkers take turns per round of phases, so each holds cases in every phase; one in five waits
            // in the werkvoorraad.
            var holder = i / _cycle.Length % 2 == 0 ? caseworker : colleague;
            var held = i % 5 != 4;
            if (held)
            {
                participant.Involve(municipality.Id, now);
                db.CaseAssignments.Add(new CaseAssignment { ParticipantId = participant.Id, OrganisationId = municipality.Id, UserId = holder, Since = at });
            }

            if (target is RoutePhase.Plan or RoutePhase.Execution)
            {
                participant.Involve(municipality.Id, now);
                var plan = new RoutePlan { ParticipantId = participant.Id, Goal = (PlanGoal)(1 + i % 5), CreatedAt = at, ChangedAt = at };
                for (var a = 0; a < _actions.Length; a++)
                {
                    // The first is done, the second overdue, the others due soon and later.
                    plan.Actions.Add(new PlanAction
                    {
                        ParticipantId = participant.Id, CatalogueItemId = _actions[a], OwnerOrganisationId = municipality.Id, ResponsibleUserId = holder,
                        DueOn = today.AddDays(a switch { 0 => -20, 1 => -3, 2 => 4, _ => 30 }),
                        Status = a == 0 ? ActionStatus.Done : a == 2 && i % 2 == 0 ? ActionStatus.InProgress : ActionStatus.ToDo,
                        CreatedAt = at, StatusChangedAt = at,
                    });
                }

                db.RoutePlans.Add(plan);
            }
        }
    }

    private static IEnumerable<(RoutePhase Phase, RouteOutcome? Outcome, RouteAbortReason? Reason)> PathTo(RoutePhase target)
    {
        var forward = new[] { RoutePhase.Intake, RoutePhase.Plan, RoutePhase.Execution };
        switch (target)
        {
            case RoutePhase.Registered:
                yield break;
            case RoutePhase.Completed:
                foreach (var p in forward)
                {
                    yield return (p, null, null);
                }

                yield return (RoutePhase.Completed, RouteOutcome.OtherJobFound, null);
                yield break;
            case RoutePhase.Aborted:
                yield return (RoutePhase.Intake, null, null);
                yield return (RoutePhase.Aborted, null, RouteAbortReason.NoContact);
                yield break;
            default:
                foreach (var p in forward.TakeWhile(p => p <= target))
                {
                    yield return (p, null, null);
                }

                yield break;
        }
    }
}
