using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Features.Casework;

/// <summary>
/// The trajectplan's rows for an edit (<see cref="Pages.Participants.PlanModel"/>): the plan loaded tracked with the
/// version its reader sees, a plan started where there is none, the actions a form or a template adds, and the save
/// with its audit row. The page keeps the forms, their messages and the conflict.
/// </summary>
public sealed class PlanEditor(RmtDbContext db, CaseFiles files)
{
    /// <summary>
    /// A participant in scope and its plan, tracked; null when out of scope. The actions as the query filter loads
    /// them, so the plan's version is of what this reader sees.
    /// </summary>
    public async Task<(bool Withdrawn, RoutePlan? Plan)?> LoadAsync(Actor actor, Guid participantId, CancellationToken cancellationToken)
    {
        var participant = await files.Visible(actor).AsNoTracking().Where(p => p.Id == participantId)
            .Select(p => new { p.Status }).SingleOrDefaultAsync(cancellationToken);
        if (participant is null)
        {
            return null;
        }

        var plan = await db.RoutePlans.Include(p => p.Actions).SingleOrDefaultAsync(p => p.ParticipantId == participantId, cancellationToken);
        return (participant.Status == ParticipantStatus.Withdrawn, plan);
    }

    public static uint VersionOf(RoutePlan? plan) =>
        plan is null ? PlanVersion.Empty : PlanVersion.Of(plan.Goal, plan.Actions.Select(a => (a.Id, a.Status, a.ResponsibleUserId)));

    public RoutePlan Start(Guid participantId)
    {
        var plan = new RoutePlan { ParticipantId = participantId, CreatedAt = files.Now };
        db.RoutePlans.Add(plan);
        return plan;
    }

    public PlanAction NewAction(Guid participantId, Guid itemId, Guid owner, Guid? responsible, DateOnly dueOn, bool revealsBanenafspraak = false) => new()
    {
        RevealsBanenafspraak = revealsBanenafspraak,
        ParticipantId = participantId,
        CatalogueItemId = itemId,
        OwnerOrganisationId = owner,
        ResponsibleUserId = responsible,
        DueOn = dueOn,
        CreatedAt = files.Now,
        StatusChangedAt = files.Now,
    };

    /// <summary>The steps of a service type's template whose catalogue action is still active, in order.</summary>
    public async Task<IReadOnlyList<PlanTemplateStep>> TemplateStepsAsync(ServiceType type, CancellationToken cancellationToken) =>
        await (from s in db.PlanTemplateSteps.AsNoTracking()
               join c in db.ActionCatalogue on s.CatalogueItemId equals c.Id
               where s.ServiceType == type && c.IsActive
               orderby s.Position
               select s).ToListAsync(cancellationToken);

    /// <summary>
    /// Touches the plan row, so that a save at the same moment fails on its xmin, and saves it with its audit row
    /// (category g as well when the change concerned an action of werkfitbehoud's template). False when someone else
    /// saved first: a concurrency exception, or a plan another person started at the same moment (its key).
    /// </summary>
    public async Task<bool> SaveAsync(RoutePlan plan, string auditAction, bool revealsBanenafspraak, CancellationToken cancellationToken)
    {
        plan.ChangedAt = files.Now;
        files.Audit(auditAction, plan.ParticipantId, revealsBanenafspraak ? [Category.Mediation, Category.Banenafspraak] : [Category.Mediation], ["Plan"]);
        try
        {
            await files.SaveAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
