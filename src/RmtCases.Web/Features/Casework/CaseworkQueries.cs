using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Features.Casework;

/// <summary>
/// Reads of the route, its holders and its plan. Every participant comes through <see cref="CaseFiles.Visible"/>,
/// so row-level security and the access policy decide, as on the case file.
/// </summary>
public sealed class CaseworkQueries(RmtDbContext db, CaseFiles files)
{
    /// <summary>The route of a participant in scope; null when out of scope or when the actor may not see category e.</summary>
    public async Task<RouteView?> RouteAsync(Actor actor, Guid participantId, CancellationToken cancellationToken)
    {
        if (!files.Policy.CanSeeRoute(actor))
        {
            return null;
        }

        var route = await files.Visible(actor).AsNoTracking().Where(p => p.Id == participantId)
            .Select(p => new RouteState(p.RoutePhase, p.RoutePhaseSince, p.RouteOutcome, p.RouteAbortReason, p.Status))
            .SingleOrDefaultAsync(cancellationToken);
        return route is null ? null : await RouteAsync(actor, participantId, route, cancellationToken);
    }

    /// <summary>The route of a participant whose row the caller has just read in scope (the case file reads it with the rest).</summary>
    public async Task<RouteView?> RouteAsync(Actor actor, Guid participantId, RouteState route, CancellationToken cancellationToken)
    {
        if (!files.Policy.CanSeeRoute(actor))
        {
            return null;
        }

        var holders = await (
                from i in db.CaseInvolvements.AsNoTracking()
                where i.ParticipantId == participantId
                join a in db.CaseAssignments on new { i.ParticipantId, i.OrganisationId } equals new { a.ParticipantId, a.OrganisationId } into held
                from a in held.DefaultIfEmpty()
                join u in db.Users on a.UserId equals u.Id into users
                from u in users.DefaultIfEmpty()
                orderby i.Since
                select new HolderRow(i.OrganisationId, i.Organisation!.Name, a == null ? null : a.UserId, u == null ? null : u.DisplayName))
            .ToListAsync(cancellationToken);
        return RouteOf(actor, participantId, route, holders, await PlanAsync(participantId, cancellationToken));
    }

    /// <summary>
    /// The route from holders and a plan the caller has read (the case file, with its lists); null for whoever may
    /// not see it, as from <see cref="RouteAsync(Actor, Guid, RouteState, CancellationToken)"/>.
    /// </summary>
    public RouteView? RouteOf(Actor actor, Guid participantId, RouteState route, IReadOnlyList<HolderRow> holders, PlanView plan)
    {
        if (!files.Policy.CanSeeRoute(actor))
        {
            return null;
        }

        var withdrawn = route.Status == ParticipantStatus.Withdrawn;
        return new RouteView(
            participantId, route.RoutePhase, route.RoutePhaseSince, route.RouteOutcome, route.RouteAbortReason,
            files.Policy.CanChangeRoute(actor) && !withdrawn,
            // Gemeente and UWV may take a case their organisation is not involved in yet (it then becomes involved).
            files.Policy.CanHoldCases(actor) && !withdrawn
                && (holders.Any(h => h.OrganisationId == actor.OrganisationId) || files.Policy.CanManageInvolvements(actor)),
            holders,
            plan);
    }

    /// <summary>The participant's columns the route view shows.</summary>
    public sealed record RouteState(
        RoutePhase RoutePhase, DateTimeOffset RoutePhaseSince, RouteOutcome? RouteOutcome, RouteAbortReason? RouteAbortReason,
        ParticipantStatus Status);

    /// <summary>
    /// The plan of a participant the caller has already found in scope, as the reader may see it: the actions of
    /// werkfitbehoud's template only for whoever may see category g (the query filter). A plan that holds nothing
    /// else (its row made by that template) is, to the others, no plan at all, with the version of none.
    /// </summary>
    public async Task<PlanView> PlanAsync(Guid participantId, CancellationToken cancellationToken)
    {
        var plan = await db.RoutePlans.AsNoTracking().Where(p => p.ParticipantId == participantId)
            .Select(p => new { p.Goal }).SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return PlanView.None;
        }

        var actions = await (
                from a in db.PlanActions.AsNoTracking()
                where a.ParticipantId == participantId
                join c in db.ActionCatalogue on a.CatalogueItemId equals c.Id
                join o in db.Organisations on a.OwnerOrganisationId equals o.Id
                join u in db.Users on a.ResponsibleUserId equals u.Id into users
                from u in users.DefaultIfEmpty()
                orderby a.DueOn, c.Position, a.Id
                select new ActionRow(a.Id, c.Name, a.OwnerOrganisationId, o.Name, a.ResponsibleUserId, u == null ? null : u.DisplayName, a.DueOn, a.Status))
            .ToListAsync(cancellationToken);
        return PlanView.Of(plan.Goal, actions);
    }

    /// <summary>The caseworkers of the given organisations who may hold a case or an action, by name.</summary>
    public async Task<IReadOnlyList<Colleague>> CaseworkersAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => organisationIds.Contains(u.OrganisationId) && u.Role == Role.Caseworker && !u.IsDisabled)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new Colleague(u.Id, u.DisplayName, u.OrganisationId))
            .ToListAsync(cancellationToken);

    /// <summary>The organisations involved in a participant's case, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> InvolvedAsync(Guid participantId, CancellationToken cancellationToken) =>
        (await db.CaseInvolvements.AsNoTracking().Where(i => i.ParticipantId == participantId)
            .OrderBy(i => i.Organisation!.Name)
            .Select(i => new { i.OrganisationId, i.Organisation!.Name })
            .ToListAsync(cancellationToken))
        .Select(i => (i.OrganisationId, i.Name)).ToList();

    public async Task<IReadOnlyList<ActionCatalogueItem>> ActiveCatalogueAsync(CancellationToken cancellationToken) =>
        await db.ActionCatalogue.AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.Position).ThenBy(i => i.Name).ToListAsync(cancellationToken);
}
