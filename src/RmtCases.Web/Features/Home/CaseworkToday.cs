using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Features.Home;

/// <summary>
/// The caseworker's work for today: cases they hold, unheld cases of their organisation, their actions due, and
/// the signals. Lists are short and counts capped (<see cref="AttentionCount"/>), each read from an index
/// (migration Casework), and every participant comes through <see cref="CaseFiles.Visible"/>.
/// </summary>
public static class CaseworkToday
{
    public const int ListLength = 10;

    public const int ActionWindowDays = 7;

    public sealed record HeldCase(Guid ParticipantId, string Name, RoutePhase Phase, string? NextAction, DateOnly? NextDue);

    public sealed record UnheldCase(Guid ParticipantId, string Name, RoutePhase Phase, DateTimeOffset RegisteredAt);

    public sealed record DueAction(Guid ParticipantId, string Name, string Action, DateOnly DueOn);

    public static async Task<IReadOnlyList<HeldCase>> MineAsync(RmtDbContext db, CaseFiles files, Actor actor, CancellationToken cancellationToken)
    {
        var rows = await (
                from a in db.CaseAssignments.AsNoTracking()
                where a.UserId == actor.UserId
                join p in files.Visible(actor) on a.ParticipantId equals p.Id
                let next = db.PlanActions
                    .Where(x => x.ParticipantId == p.Id && (x.Status == ActionStatus.ToDo || x.Status == ActionStatus.InProgress))
                    .OrderBy(x => x.DueOn)
                    .Select(x => new { x.DueOn, Name = db.ActionCatalogue.Where(c => c.Id == x.CatalogueItemId).Select(c => c.Name).First() })
                    .FirstOrDefault()
                orderby a.Since descending, p.Id
                select new { p.Id, p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.RoutePhase, NextDue = (DateOnly?)next!.DueOn, NextName = next.Name })
            .Take(AttentionCount.Cap)
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new HeldCase(r.Id, PersonDetails.JoinName(r.GivenNames, r.Infix, r.Surname), r.RoutePhase, r.NextName, r.NextDue))
            .OrderBy(r => r.NextDue ?? DateOnly.MaxValue).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>Open routes in scope that nobody of the caseworker's organisation holds, oldest first.</summary>
    public static IQueryable<Participant> Unheld(RmtDbContext db, CaseFiles files, Actor actor) =>
        files.Visible(actor).Where(p => p.Status == ParticipantStatus.Active && p.RoutePhase < RoutePhase.Completed
            && !db.CaseAssignments.Any(a => a.ParticipantId == p.Id && a.OrganisationId == actor.OrganisationId));

    public static async Task<(IReadOnlyList<UnheldCase> Oldest, AttentionCount Count)> WorkQueueAsync(
        RmtDbContext db, CaseFiles files, Actor actor, CancellationToken cancellationToken)
    {
        var unheld = Unheld(db, files, actor).AsNoTracking();
        var oldest = await unheld.OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id).Take(ListLength)
            .Select(p => new { p.Id, p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.RoutePhase, p.RegisteredAt })
            .ToListAsync(cancellationToken);
        var count = oldest.Count < ListLength ? oldest.Count : await unheld.Take(AttentionCount.Cap).CountAsync(cancellationToken);
        return (oldest.Select(p => new UnheldCase(p.Id, PersonDetails.JoinName(p.GivenNames, p.Infix, p.Surname), p.RoutePhase, p.RegisteredAt)).ToList(),
            new AttentionCount(count));
    }

    /// <summary>The caseworker's own open actions overdue or due within <see cref="ActionWindowDays"/> days, soonest first.</summary>
    public static async Task<IReadOnlyList<DueAction>> ActionsAsync(RmtDbContext db, CaseFiles files, Actor actor, CancellationToken cancellationToken)
    {
        var until = files.Today.AddDays(ActionWindowDays);
        var rows = await (
                from x in db.PlanActions.AsNoTracking()
                where x.ResponsibleUserId == actor.UserId && (x.Status == ActionStatus.ToDo || x.Status == ActionStatus.InProgress) && x.DueOn <= until
                join p in files.Visible(actor) on x.ParticipantId equals p.Id
                join c in db.ActionCatalogue on x.CatalogueItemId equals c.Id
                orderby x.DueOn, x.Id
                select new { p.Id, p.Person.GivenNames, p.Person.Infix, p.Person.Surname, c.Name, x.DueOn })
            .Take(AttentionCount.Cap)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new DueAction(r.Id, PersonDetails.JoinName(r.GivenNames, r.Infix, r.Surname), r.Name, r.DueOn)).ToList();
    }

    /// <summary>An expected end of employment that has passed while the route is still at Aangemeld or Intake.</summary>
    public static async Task<AttentionCount> EmploymentEndedEarlyAsync(CaseFiles files, Actor actor, CancellationToken cancellationToken)
    {
        var today = files.Today;
        return new(await files.Visible(actor)
            .Where(p => p.Status == ParticipantStatus.Active && (p.RoutePhase == RoutePhase.Registered || p.RoutePhase == RoutePhase.Intake)
                && p.CurrentSituation!.ExpectedEndOfEmployment != null && p.CurrentSituation.ExpectedEndOfEmployment < today)
            .Take(AttentionCount.Cap)
            .CountAsync(cancellationToken));
    }

    /// <summary>
    /// A route still in Uitvoering whose services have all ended: the file says the service runs while its end date
    /// passed. Werkfitbehoud rows are filtered for whoever may not see them, as everywhere.
    /// </summary>
    public static async Task<AttentionCount> ServiceEndedAsync(CaseFiles files, Actor actor, CancellationToken cancellationToken)
    {
        var today = files.Today;
        return new(await files.Visible(actor)
            .Where(p => p.Status == ParticipantStatus.Active && p.RoutePhase == RoutePhase.Execution
                && p.ServiceDeliveries.Any() && p.ServiceDeliveries.All(s => s.EndDate < today))
            .Take(AttentionCount.Cap)
            .CountAsync(cancellationToken));
    }

    /// <summary>For assessors: their municipality's wage-value assessments still in draft.</summary>
    public static async Task<AttentionCount> DraftAssessmentsAsync(RmtDbContext db, Actor actor, CancellationToken cancellationToken) =>
        new(await db.WageValueAssessments.AsNoTracking()
            .Where(a => a.Status == AssessmentStatus.Draft && a.MunicipalityOrganisationId == actor.OrganisationId && a.RegionId == actor.RegionId)
            .Take(AttentionCount.Cap)
            .CountAsync(cancellationToken));
}
