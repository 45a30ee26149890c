using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Retention;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Features.Home;

/// <summary>
/// The caseworker's work for today: cases they hold, unheld cases of their organisation, their actions due, and
/// the signals. Lists are short and counts capped (<see cref="AttentionCount"/>), each read from an index
/// (migration Casework), and every participant comes through <see cref="CaseFiles.Visible"/>. Caps and offsets are
/// constants in the SQL (<see cref="ConstantLimits"/>), so PostgreSQL keeps one plan per statement.
/// </summary>
public static class CaseworkToday
{
    public const int ListLength = 10;

    public const int ActionWindowDays = 7;

    public sealed record HeldCase(Guid ParticipantId, string Name, RoutePhase Phase, string? NextAction, DateOnly? NextDue);

    public sealed record UnheldCase(Guid ParticipantId, string Name, RoutePhase Phase, DateTimeOffset RegisteredAt);

    public sealed record DueAction(Guid ParticipantId, string Name, string Action, DateOnly DueOn);

    // A held case or an action whose participant the caseworker no longer sees (an involvement ended) is skipped;
    // reading further pages fills the list, a bounded number of times.
    private const int PagesRead = 4;

    /// <summary>
    /// The cases the caseworker holds, soonest next action first. Read in two steps: the caseworker's own
    /// assignments in the order of their index, then those participants by key through <see cref="CaseFiles.Visible"/>.
    /// One joined query let PostgreSQL hash the whole region's participants (it cannot know that one person's
    /// assignments all lie in one region): 270 ms at 1M participants against 2 ms this way.
    /// </summary>
    public static async Task<IReadOnlyList<HeldCase>> MineAsync(RmtDbContext db, CaseFiles files, Actor actor, CancellationToken cancellationToken)
    {
        var held = await VisibleFromPagesAsync(
            skip => db.CaseAssignments.AsNoTracking().Where(a => a.UserId == actor.UserId)
                .OrderByDescending(a => a.Since).ThenBy(a => a.ParticipantId)
                .Select(a => a.ParticipantId)
                .SkipConstant(skip).TakeConstant(AttentionCount.Cap)
                .ToListAsync(cancellationToken),
            async ids =>
            {
                var rows = await (
                        from p in files.Visible(actor).AsNoTracking()
                        where ids.Contains(p.Id)
                        let next = db.PlanActions
                            .Where(x => x.ParticipantId == p.Id && (x.Status == ActionStatus.ToDo || x.Status == ActionStatus.InProgress))
                            .OrderBy(x => x.DueOn)
                            .Select(x => new { x.DueOn, Name = db.ActionCatalogue.Where(c => c.Id == x.CatalogueItemId).Select(c => c.Name).First() })
                            .FirstOrDefault()
                        select new { p.Id, p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.RoutePhase, NextDue = (DateOnly?)next!.DueOn, NextName = next.Name })
                    .ToDictionaryAsync(r => r.Id, cancellationToken);
                return ids.Where(rows.ContainsKey).Select(id =>
                {
                    var r = rows[id];
                    return new HeldCase(r.Id, PersonDetails.JoinName(r.GivenNames, r.Infix, r.Surname), r.RoutePhase, r.NextName, r.NextDue);
                });
            });

        return held.OrderBy(r => r.NextDue ?? DateOnly.MaxValue).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>
    /// Up to <see cref="AttentionCount.Cap"/> rows in the order of the caseworker's own index, of participants still
    /// in scope: a page of rows at a time (<paramref name="readPage"/> given how many to skip), kept as
    /// <paramref name="keepVisible"/> finds them through <see cref="CaseFiles.Visible"/>, for at most
    /// <see cref="PagesRead"/> pages.
    /// </summary>
    private static async Task<List<TOut>> VisibleFromPagesAsync<TRow, TOut>(
        Func<int, Task<List<TRow>>> readPage, Func<List<TRow>, Task<IEnumerable<TOut>>> keepVisible)
    {
        var kept = new List<TOut>();
        for (var page = 0; page < PagesRead && kept.Count < AttentionCount.Cap; page++)
        {
            var rows = await readPage(page * AttentionCount.Cap);
            if (rows.Count == 0)
            {
                break;
            }

            kept.AddRange((await keepVisible(rows)).Take(AttentionCount.Cap - kept.Count));
            if (rows.Count < AttentionCount.Cap)
            {
                break;
            }
        }

        return kept;
    }

    /// <summary>Open routes in scope that nobody of the caseworker's organisation holds, oldest first.</summary>
    public static IQueryable<Participant> Unheld(RmtDbContext db, CaseFiles files, Actor actor) =>
        files.Visible(actor).Where(p => p.Status == ParticipantStatus.Active && p.RoutePhase < RoutePhase.Completed
            && !db.CaseAssignments.Any(a => a.ParticipantId == p.Id && a.OrganisationId == actor.OrganisationId));

    /// <summary>
    /// The oldest unheld cases and their capped count from one read of keys: the first <see cref="AttentionCount.Cap"/>
    /// in the order of the list are the count, the first <see cref="ListLength"/> of them the list, whose names are
    /// then read by key. The list's own read checked its rows against the assignments a second time, and reading the
    /// names with the keys turned the count's index-only scan into one that visits every row it checks.
    /// </summary>
    public static async Task<(IReadOnlyList<UnheldCase> Oldest, AttentionCount Count)> WorkQueueAsync(
        RmtDbContext db, CaseFiles files, Actor actor, CancellationToken cancellationToken)
    {
        var keys = await Unheld(db, files, actor).AsNoTracking().OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id)
            .Select(p => p.Id)
            .TakeConstant(AttentionCount.Cap)
            .ToListAsync(cancellationToken);
        if (keys.Count == 0)
        {
            return ([], new AttentionCount(0));
        }

        var oldestKeys = keys.Take(ListLength).ToList();
        var rows = await files.Visible(actor).AsNoTracking().Where(p => oldestKeys.Contains(p.Id))
            .Select(p => new { p.Id, p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.RoutePhase, p.RegisteredAt })
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        // A row gone between the two reads (erased, or out of scope) is left out, as a later read would not show it.
        return (oldestKeys.Where(rows.ContainsKey).Select(id => rows[id])
                .Select(p => new UnheldCase(p.Id, PersonDetails.JoinName(p.GivenNames, p.Infix, p.Surname), p.RoutePhase, p.RegisteredAt)).ToList(),
            new AttentionCount(keys.Count));
    }

    /// <summary>
    /// The caseworker's own open actions overdue or due within <see cref="ActionWindowDays"/> days, soonest first; in
    /// two steps like <see cref="MineAsync"/>, for the same reason. The date is a constant in the SQL, as in
    /// <see cref="SignalCountsAsync"/>.
    /// </summary>
    public static async Task<IReadOnlyList<DueAction>> ActionsAsync(RmtDbContext db, CaseFiles files, Actor actor, CancellationToken cancellationToken)
    {
        var until = files.Today.AddDays(ActionWindowDays);
        return await VisibleFromPagesAsync(
            skip => (
                    from x in db.PlanActions.AsNoTracking()
                    where x.ResponsibleUserId == actor.UserId && (x.Status == ActionStatus.ToDo || x.Status == ActionStatus.InProgress) && x.DueOn <= EF.Constant(until)
                    join c in db.ActionCatalogue on x.CatalogueItemId equals c.Id
                    orderby x.DueOn, x.Id
                    select new { x.ParticipantId, c.Name, x.DueOn })
                .SkipConstant(skip).TakeConstant(AttentionCount.Cap)
                .ToListAsync(cancellationToken),
            async rows =>
            {
                var keys = rows.Select(r => r.ParticipantId).Distinct().ToList();
                var names = await files.Visible(actor).AsNoTracking().Where(p => keys.Contains(p.Id))
                    .Select(p => new { p.Id, p.Person.GivenNames, p.Person.Infix, p.Person.Surname })
                    .ToDictionaryAsync(p => p.Id, p => PersonDetails.JoinName(p.GivenNames, p.Infix, p.Surname), cancellationToken);
                return rows.Where(r => names.ContainsKey(r.ParticipantId)).Select(r => new DueAction(r.ParticipantId, names[r.ParticipantId], r.Name, r.DueOn));
            });
    }

    /// <summary>The signals' capped counts, read in one statement.</summary>
    public readonly record struct SignalCounts(AttentionCount ErasuresDue, AttentionCount EmploymentEndedEarly, AttentionCount ServiceEnded);

    /// <summary>
    /// The signals counted in one statement, each capped at <see cref="AttentionCount.Cap"/> by its own subquery:
    /// withdrawn participants whose erasure is due within <paramref name="erasureWindowDays"/> days (or has been and
    /// the purge has not run yet), by the retention rule and settings the purge uses; an expected end of employment
    /// that has passed while the route is still at Aangemeld or Intake; a route still in Uitvoering whose services
    /// have all ended, the file saying the service runs while its end date passed (werkfitbehoud rows filtered for
    /// whoever may not see them, as everywhere; the latest end date before today, which no route without a service
    /// has, so each participant's services are read once). Three statements were three round trips. The caps, and the
    /// dates as <see cref="EF.Constant{T}"/>, are constants in the SQL: with a date as a parameter PostgreSQL's generic
    /// plan guesses a third of the rows for the comparison and is never chosen, as with the caps (<see cref="ConstantLimits"/>).
    /// Inside the projection EF Core leaves a Take's count a constant.
    /// </summary>
    public static async Task<SignalCounts> SignalCountsAsync(RmtDbContext db, CaseFiles files, Actor actor, int erasureWindowDays, CancellationToken cancellationToken)
    {
        var today = files.Today;
        var latestWithdrawal = RetentionRules.WithdrawnOnOrBeforeIsDueBy(today.AddDays(erasureWindowDays), files.WithdrawalGraceDays);
        var visible = files.Visible(actor);
        var counts = await db.Regions.AsNoTracking().Where(r => r.Id == actor.RegionId)
            .Select(_ => new
            {
                Erasures = visible
                    .Where(p => p.Status == ParticipantStatus.Withdrawn && p.WithdrawnOn != null && p.WithdrawnOn <= EF.Constant(latestWithdrawal))
                    .Take(AttentionCount.Cap).Count(),
                EmploymentEnded = visible
                    .Where(p => p.Status == ParticipantStatus.Active && (p.RoutePhase == RoutePhase.Registered || p.RoutePhase == RoutePhase.Intake)
                        && p.CurrentSituation!.ExpectedEndOfEmployment != null && p.CurrentSituation.ExpectedEndOfEmployment < EF.Constant(today))
                    .Take(AttentionCount.Cap).Count(),
                ServiceEnded = visible
                    .Where(p => p.Status == ParticipantStatus.Active && p.RoutePhase == RoutePhase.Execution
                        && p.ServiceDeliveries.Max(s => (DateOnly?)s.EndDate) < EF.Constant(today))
                    .Take(AttentionCount.Cap).Count(),
            })
            .SingleAsync(cancellationToken);
        return new(new(counts.Erasures), new(counts.EmploymentEnded), new(counts.ServiceEnded));
    }

    /// <summary>For assessors: their municipality's wage-value assessments still in draft.</summary>
    public static async Task<AttentionCount> DraftAssessmentsAsync(RmtDbContext db, Actor actor, CancellationToken cancellationToken) =>
        new(await db.WageValueAssessments.AsNoTracking()
            .Where(a => a.Status == AssessmentStatus.Draft && a.MunicipalityOrganisationId == actor.OrganisationId && a.RegionId == actor.RegionId)
            .TakeConstant(AttentionCount.Cap)
            .CountAsync(cancellationToken));
}
