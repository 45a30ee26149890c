using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Features.Exchange;

/// <summary>
/// Reads a participant's data for an encrypted export: only the chosen categories, so category g's table is
/// not touched unless g is chosen. Shared by the exchange and the subject access report, which must hold the
/// same data in the same form. The caller has checked scope and the policy.
/// </summary>
public static class ExchangeContentLoader
{
    /// <param name="recipientType">Who the document is for: a werkfitbehoud row reveals category g (art. 3 of the
    /// Tijdelijke regeling aanvullende crisisdienstverlening COVID-19), so the policy decides per row.</param>
    public static async Task<ExchangeContent> LoadAsync(
        RmtDbContext db, Guid participantId, IReadOnlyList<Category> chosen, OrganisationType recipientType, Guid recipientId, CancellationToken cancellationToken)
    {
        var content = new ExchangeContent();
        if (chosen.Contains(Category.Person))
        {
            content = content with
            {
                Person = await db.Participants.AsNoTracking().Where(p => p.Id == participantId).Select(p => p.Person).SingleAsync(cancellationToken),
            };
        }

        if (chosen.Contains(Category.Education))
        {
            content = content with
            {
                Education = await db.EducationEntries.AsNoTracking().Where(e => e.ParticipantId == participantId)
                    .OrderBy(e => e.StartYear).ThenBy(e => e.Programme).ToListAsync(cancellationToken),
            };
        }

        if (chosen.Contains(Category.WorkHistory))
        {
            content = content with
            {
                WorkHistory = await db.WorkHistoryEntries.AsNoTracking().Where(w => w.ParticipantId == participantId)
                    .OrderBy(w => w.StartDate).ToListAsync(cancellationToken),
            };
        }

        if (chosen.Contains(Category.CurrentSituation))
        {
            content = content with
            {
                CurrentSituationIncluded = true,
                CurrentSituation = await db.Participants.AsNoTracking().Where(p => p.Id == participantId).Select(p => p.CurrentSituation).SingleAsync(cancellationToken),
            };
        }

        if (chosen.Contains(Category.Mediation))
        {
            content = content with
            {
                Mediation = (await db.MediationActivities.AsNoTracking().Where(m => m.ParticipantId == participantId)
                        .OrderBy(m => m.Date)
                        .Select(m => new { Activity = m, Organisation = db.Organisations.Where(o => o.Id == m.OrganisationId).Select(o => o.Name).FirstOrDefault() })
                        .ToListAsync(cancellationToken))
                    .Select(m => new MediationRow(m.Activity, m.Organisation)).ToList(),
                Route = await RouteAsync(db, participantId, recipientType, cancellationToken),
            };
        }

        if (chosen.Contains(Category.ServiceDelivery))
        {
            content = content with
            {
                ServiceDeliveries = (await db.ServiceDeliveries.AsNoTracking().Where(s => s.ParticipantId == participantId)
                        .OrderBy(s => s.StartDate)
                        .Select(s => new { s.ProviderOrganisationId, Row = new ServiceDeliveryRow(s.ServiceType, s.Provider!.Name, s.StartDate, s.EndDate, s.Cost) })
                        .ToListAsync(cancellationToken))
                    .Where(s => DisclosureRules.MayReceiveService(recipientType, recipientId, s.Row.ServiceType, s.ProviderOrganisationId))
                    .Select(s => s.Row)
                    .ToList(),
            };
        }

        if (chosen.Contains(Category.Banenafspraak))
        {
            // The one read path of category g.
            var indication = await BanenafspraakQuery.FindAsync(db, participantId, cancellationToken);
            content = content with
            {
                BanenafspraakIncluded = true,
                Banenafspraak = indication is null ? null : new BanenafspraakRow(indication.InTargetGroup, indication.RegisteredOn),
            };
        }

        return content;
    }

    /// <summary>The route, its plan and its casehouders: category e, as <see cref="AccessPolicy.CanSeeRoute"/> says.</summary>
    private static async Task<RouteContent> RouteAsync(RmtDbContext db, Guid participantId, OrganisationType recipientType, CancellationToken cancellationToken)
    {
        var route = await db.Participants.AsNoTracking().Where(p => p.Id == participantId)
            .Select(p => new { p.RoutePhase, p.RoutePhaseSince, p.RouteOutcome, p.RouteAbortReason })
            .SingleAsync(cancellationToken);
        var steps = await (
                from s in db.RoutePhaseChanges.AsNoTracking()
                where s.ParticipantId == participantId
                join o in db.Organisations on s.ByOrganisationId equals o.Id
                orderby s.ChangedAt, s.Id
                select new RouteStepRow(s.ChangedAt, s.FromPhase, s.ToPhase, s.Outcome, s.AbortReason, o.Name))
            .ToListAsync(cancellationToken);
        var goal = await db.RoutePlans.AsNoTracking().Where(p => p.ParticipantId == participantId)
            .Select(p => p.Goal).SingleOrDefaultAsync(cancellationToken);
        var actions = await (
                from a in db.PlanActions.AsNoTracking()
                where a.ParticipantId == participantId
                join c in db.ActionCatalogue on a.CatalogueItemId equals c.Id
                join o in db.Organisations on a.OwnerOrganisationId equals o.Id
                orderby a.DueOn, c.Position, a.Id
                select new PlanActionRow(c.Name, o.Name, a.DueOn, a.Status, a.RevealsBanenafspraak))
            .ToListAsync(cancellationToken);
        // Werkfitbehoud's steps go where category g may go, as its service row does.
        actions = actions.Where(a => DisclosureRules.MayReceivePlanAction(recipientType, a.RevealsBanenafspraak)).ToList();
        var holders = await (
                from a in db.CaseAssignments.AsNoTracking()
                where a.ParticipantId == participantId
                join o in db.Organisations on a.OrganisationId equals o.Id
                orderby o.Name
                select new CasehouderRow(o.Name, a.Since))
            .ToListAsync(cancellationToken);
        return new RouteContent(route.RoutePhase, route.RoutePhaseSince, route.RouteOutcome, route.RouteAbortReason, steps, goal, actions, holders);
    }
}
