using System.Data.Common;
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
/// (migration Casework); a participant is counted in scope as <see cref="CaseFiles.Visible"/> decides, and shown through
/// it. Caps and offsets are constants in the SQL (<see cref="ConstantLimits"/>), so PostgreSQL keeps one plan per statement.
/// </summary>
public static class CaseworkToday
{
    public const int ListLength = 10;

    public const int ActionWindowDays = 7;

    public sealed record HeldCase(Guid ParticipantId, string Name, RoutePhase Phase, string? NextAction, DateOnly? NextDue);

    public sealed record UnheldCase(Guid ParticipantId, string Name, RoutePhase Phase, DateTimeOffset RegisteredAt);

    public sealed record DueAction(Guid ParticipantId, string Name, string Action, DateOnly DueOn);

    /// <summary>A case the caseworker holds, with its next open action if it has one.</summary>
    public sealed record HeldRow(Guid ParticipantId, DateTimeOffset Since, DateOnly? NextDue, string? NextAction);

    /// <summary>
    /// The cases the caseworker holds whose participant is in scope (<see cref="ParticipantQueries.OfParticipantsVisibleTo"/>),
    /// the newest <see cref="AttentionCount.Cap"/> in the order of their own index, each with its next open action (a
    /// lateral join: one look at the participant's actions, where two subqueries for its date and its name looked
    /// twice). The rows are the count; only the names of those shown are read, by key (<see cref="CasesByKey"/>).
    /// Columns in the order of <see cref="ReadHeld"/>.
    /// </summary>
    public static IQueryable<HeldRow> HeldQuery(RmtDbContext db, CaseFiles files, Actor actor) =>
        from a in db.CaseAssignments.AsNoTracking().Where(a => a.UserId == actor.UserId).OfParticipantsVisibleTo(db, actor, files.Policy)
            .OrderByDescending(a => a.Since).ThenBy(a => a.ParticipantId)
            .TakeConstant(AttentionCount.Cap)
        from next in db.PlanActions
            // The assignment's own condition repeated: with only the key as correlation EF Core numbers every open
            // action of the region (ROW_NUMBER over a sequential scan, 50 ms at 1M) and joins; this keeps it lateral.
            .Where(x => a.UserId == actor.UserId && x.ParticipantId == a.ParticipantId && (x.Status == ActionStatus.ToDo || x.Status == ActionStatus.InProgress))
            .OrderBy(x => x.DueOn).ThenBy(x => x.Id)
            .Select(x => new { x.DueOn, Name = db.ActionCatalogue.Where(c => c.Id == x.CatalogueItemId).Select(c => c.Name).First() })
            .Take(1)
            .DefaultIfEmpty()
        select new HeldRow(a.ParticipantId, a.Since, (DateOnly?)next!.DueOn, next.Name);

    public static HeldRow ReadHeld(DbDataReader r) => new(
        r.GetGuid(0), r.GetFieldValue<DateTimeOffset>(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2), r.IsDBNull(3) ? null : r.GetString(3));

    /// <summary>
    /// The held cases in the order shown: soonest next action first, then those without one; the most recently taken
    /// first among equals. The first <see cref="ListLength"/> are shown.
    /// </summary>
    public static IReadOnlyList<HeldRow> InShownOrder(IEnumerable<HeldRow> rows) =>
        rows.OrderBy(r => r.NextDue ?? DateOnly.MaxValue).ThenByDescending(r => r.Since).ThenBy(r => r.ParticipantId).ToList();

    /// <summary>
    /// The participants of <paramref name="keys"/> in scope (<see cref="CaseFiles.Visible"/>), with name, phase and
    /// registration: the names of the rows shown. Columns in this order; see <see cref="ReadCase"/>.
    /// </summary>
    public static IQueryable<CaseRow> CasesByKey(CaseFiles files, Actor actor, List<Guid> keys) =>
        from p in files.Visible(actor).AsNoTracking()
        where keys.Contains(p.Id)
        select new CaseRow(p.Id, p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.RoutePhase, p.RegisteredAt);

    public sealed record CaseRow(Guid Id, string GivenNames, string? Infix, string Surname, RoutePhase Phase, DateTimeOffset RegisteredAt)
    {
        public string Name => PersonDetails.JoinName(GivenNames, Infix, Surname);
    }

    public static CaseRow ReadCase(DbDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), (RoutePhase)r.GetInt32(4), r.GetFieldValue<DateTimeOffset>(5));

    /// <summary>The first <see cref="ListLength"/> of <paramref name="rows"/> whose participant is in <paramref name="cases"/> (one erased between the reads is left out).</summary>
    public static IReadOnlyList<HeldCase> Held(IEnumerable<HeldRow> rows, IReadOnlyDictionary<Guid, CaseRow> cases) =>
        rows.Take(ListLength).Where(r => cases.ContainsKey(r.ParticipantId))
            .Select(r => new HeldCase(r.ParticipantId, cases[r.ParticipantId].Name, cases[r.ParticipantId].Phase, r.NextAction, r.NextDue))
            .ToList();

    /// <summary>
    /// The keys of the oldest unheld cases: the first <see cref="AttentionCount.Cap"/> in the order of the list are
    /// the count, the first <see cref="ListLength"/> of them the list, whose names are read by key with the others'
    /// (<see cref="CasesByKey"/>). Read from the organisation's work queue (migration <c>WorkQueue</c>): open routes in
    /// its scope that nobody of it holds, kept by triggers (<c>WorkQueueTests</c> holds it to that rule). Walking the open
    /// routes instead looked up a casehouder for each until it had found the hundred, all 17,189 of a region when the
    /// team held them all.
    /// </summary>
    public static IQueryable<Guid> UnheldKeys(RmtDbContext db, CaseFiles files, Actor actor) =>
        files.Policy.Scope(actor) == ParticipantScope.None
            ? db.Database.SqlQueryRaw<Guid>("SELECT NULL::uuid AS \"Value\" WHERE false")
            : db.Database.SqlQueryRaw<Guid>(UnheldSql, new Npgsql.NpgsqlParameter("organisation", actor.OrganisationId));

    // The cap as a literal, like TakeConstant's: a LIMIT parameter leaves PostgreSQL planning the statement again on
    // every execution. The only text joined in is that constant.
    private static readonly string UnheldSql =
        "SELECT participant_id AS \"Value\" FROM work_queue WHERE organisation_id = @organisation ORDER BY registered_at, participant_id LIMIT "
        + AttentionCount.Cap.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The oldest of <paramref name="keys"/> still in <paramref name="cases"/> (one gone between the reads is left out) and the capped count.</summary>
    public static (IReadOnlyList<UnheldCase> Oldest, AttentionCount Count) WorkQueue(IReadOnlyList<Guid> keys, IReadOnlyDictionary<Guid, CaseRow> cases) =>
        (keys.Take(ListLength).Where(cases.ContainsKey).Select(id => cases[id])
            .Select(c => new UnheldCase(c.Id, c.Name, c.Phase, c.RegisteredAt)).ToList(), new AttentionCount(keys.Count));

    public sealed record ActionRow(Guid ParticipantId, string Action, DateOnly DueOn);

    public static ActionRow ReadAction(DbDataReader r) => new(r.GetGuid(0), r.GetString(1), r.GetFieldValue<DateOnly>(2));

    /// <summary>
    /// The caseworker's own open actions overdue or due within <see cref="ActionWindowDays"/> days whose participant is
    /// in scope (<see cref="ParticipantQueries.OfParticipantsVisibleTo"/>), soonest first, <see cref="AttentionCount.Cap"/>
    /// of them: the counts; the names of the first <see cref="ListLength"/> are read by key (<see cref="CasesByKey"/>).
    /// The date is a constant in the SQL, as in <see cref="SignalCountsQuery"/>.
    /// </summary>
    public static IQueryable<ActionRow> DueActions(RmtDbContext db, CaseFiles files, Actor actor)
    {
        var until = files.Today.AddDays(ActionWindowDays);
        return (
                from x in db.PlanActions.AsNoTracking().OfParticipantsVisibleTo(db, actor, files.Policy)
                where x.ResponsibleUserId == actor.UserId && (x.Status == ActionStatus.ToDo || x.Status == ActionStatus.InProgress) && x.DueOn <= EF.Constant(until)
                join c in db.ActionCatalogue on x.CatalogueItemId equals c.Id
                orderby x.DueOn, x.Id
                select new ActionRow(x.ParticipantId, c.Name, x.DueOn))
            .TakeConstant(AttentionCount.Cap)
            .WithLiteralConstants();
    }

    /// <summary>The first <see cref="ListLength"/> of <paramref name="rows"/> whose participant is in <paramref name="cases"/>.</summary>
    public static IReadOnlyList<DueAction> Due(IEnumerable<ActionRow> rows, IReadOnlyDictionary<Guid, CaseRow> cases) =>
        rows.Take(ListLength).Where(r => cases.ContainsKey(r.ParticipantId)).Select(r => new DueAction(r.ParticipantId, cases[r.ParticipantId].Name, r.Action, r.DueOn))
            .ToList();

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
    /// Inside the projection EF Core leaves a Take's count a constant. Columns in the order of <see cref="ReadSignals"/>.
    /// </summary>
    public static IQueryable<SignalCounts> SignalCountsQuery(RmtDbContext db, CaseFiles files, Actor actor, int erasureWindowDays)
    {
        var today = files.Today;
        var latestWithdrawal = RetentionRules.WithdrawnOnOrBeforeIsDueBy(today.AddDays(erasureWindowDays), files.WithdrawalGraceDays);
        var visible = files.Visible(actor);
        return db.Regions.AsNoTracking().Where(r => r.Id == actor.RegionId)
            .Select(_ => new SignalCounts(
                new AttentionCount(visible
                    .Where(p => p.Status == ParticipantStatus.Withdrawn && p.WithdrawnOn != null && p.WithdrawnOn <= EF.Constant(latestWithdrawal))
                    .Take(AttentionCount.Cap).Count()),
                new AttentionCount(visible
                    .Where(p => p.Status == ParticipantStatus.Active && (p.RoutePhase == RoutePhase.Registered || p.RoutePhase == RoutePhase.Intake)
                        && p.CurrentSituation!.ExpectedEndOfEmployment != null && p.CurrentSituation.ExpectedEndOfEmployment < EF.Constant(today))
                    .Take(AttentionCount.Cap).Count()),
                new AttentionCount(visible
                    .Where(p => p.Status == ParticipantStatus.Active && p.RoutePhase == RoutePhase.Execution
                        && p.ServiceDeliveries.Max(s => (DateOnly?)s.EndDate) < EF.Constant(today))
                    .Take(AttentionCount.Cap).Count())))
            .WithLiteralConstants();
    }

    public static SignalCounts ReadSignals(DbDataReader r) => new(new(r.GetInt32(0)), new(r.GetInt32(1)), new(r.GetInt32(2)));

    /// <summary>For assessors: their municipality's wage-value assessments still in draft, capped.</summary>
    public static IQueryable<int> DraftAssessmentsQuery(RmtDbContext db, Actor actor) =>
        db.Regions.AsNoTracking().Where(r => r.Id == actor.RegionId)
            .Select(_ => db.WageValueAssessments
                .Where(a => a.Status == AssessmentStatus.Draft && a.MunicipalityOrganisationId == actor.OrganisationId && a.RegionId == actor.RegionId)
                .Take(AttentionCount.Cap).Count());
}
