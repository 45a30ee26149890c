using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Pages.Admin;

namespace RmtCases.Web.Features.Casework;

/// <summary>
/// What happened to a case file, from the audit trail and the route's steps, filtered by the same policy as the case
/// file itself: an event that concerns a category the actor may not see (g, and werkfitbehoud, which the trail
/// records as g: its changes, an export that carried such a row, the telling of its recipients) is left out
/// entirely, not shown blank, by <see cref="AccessPolicy.CanSeeEventOf"/>, the rule "Gedeeld met" and the
/// recipients to inform follow too.
/// </summary>
public static class CaseTimeline
{
    public const int Limit = 200;

    // Changes and disclosures; reads (views, lists) and refusals are the log's business, not the file's.
    private static readonly string[] _actions =
    [
        AuditActions.ParticipantCreated, AuditActions.ParticipantChanged, AuditActions.ParticipantWithdrawn,
        AuditActions.InvolvementAdded, AuditActions.InvolvementEnded, AuditActions.ExportCreated,
        AuditActions.SubjectAccessReport, AuditActions.RecipientsNotified,
        AuditActions.CaseTaken, AuditActions.CaseHandedOver, AuditActions.CaseReleased,
        AuditActions.PlanChanged, AuditActions.PlanActionAdded, AuditActions.PlanActionChanged, AuditActions.PlanTemplateApplied,
    ];

    public static async Task<IReadOnlyList<TimelineEntry>> ForAsync(
        RmtDbContext db, AccessPolicy policy, Actor actor, Guid participantId, CancellationToken cancellationToken)
    {
        var events = await (
                from e in db.AuditEvents.AsNoTracking()
                where e.ParticipantId == participantId && _actions.Contains(e.Action) && e.Outcome == AuditOutcomes.Success
                join o in db.Organisations on e.OrganisationId equals o.Id into organisations
                from o in organisations.DefaultIfEmpty()
                orderby e.ChainSequence descending
                select new { e.OccurredAt, e.Action, e.Categories, e.Fields, e.Purpose, Organisation = o == null ? null : o.Name })
            .ToListAsync(cancellationToken);
        // Filtered before the limit: a cut taken first would end earlier for whoever sees less, a gap that counts.
        var entries = events
            .Where(e => policy.CanSeeEventOf(actor, Categories.FromLetters(e.Categories)))
            .Take(Limit)
            .Select(e => new TimelineEntry(e.OccurredAt, e.Organisation, Describe(e.Action, e.Categories, e.Purpose)))
            .ToList();

        if (policy.CanSeeRoute(actor))
        {
            var steps = await (
                    from s in db.RoutePhaseChanges.AsNoTracking()
                    where s.ParticipantId == participantId
                    join o in db.Organisations on s.ByOrganisationId equals o.Id
                    orderby s.ChangedAt descending
                    select new { s.ChangedAt, s.FromPhase, s.ToPhase, s.Outcome, s.AbortReason, o.Name })
                .Take(Limit)
                .ToListAsync(cancellationToken);
            entries.AddRange(steps.Select(s => new TimelineEntry(s.ChangedAt, s.Name,
                $"Fase {s.FromPhase.Label()} → {s.ToPhase.Label()}"
                + (s.Outcome is { } outcome ? $" ({outcome.Label()})" : "")
                + (s.AbortReason is { } reason ? $" ({reason.Label()})" : ""))));
        }

        return entries.OrderByDescending(e => e.At).Take(Limit).ToList();
    }

    private static string Describe(string action, string? categories, string? purpose)
    {
        var what = AdminNames.ActionLabel(action);
        if (action == AuditActions.ParticipantChanged && Categories.FromLetters(categories) is { Count: > 0 } changed)
        {
            what += ": " + string.Join(", ", changed.Select(c => c.DutchName().ToLowerInvariant()));
        }

        if (purpose is not null && Enum.TryParse<AssignmentReason>(purpose, out var reason) && action is AuditActions.CaseHandedOver or AuditActions.CaseReleased)
        {
            what += $" ({reason.Label()})";
        }

        return what;
    }
}
