using System.Data.Common;
using RmtCases.Domain.Access;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Features.Home;

/// <summary>
/// The home page's sections in two round trips (<see cref="QueryBatch"/>): first every read that needs nothing else
/// (the recent views, the signal counts, the candidates for recipients to inform, the keys of the held cases, of the
/// work queue and of the actions due), then the participants all of those name, by key through
/// <see cref="CaseFiles.Visible"/>, with the held cases' next actions. Ten statements were ten round trips, each with
/// EF Core's and Npgsql's own work. Only what depends on those rows comes after: a further page of held cases or
/// actions when some of the first were out of scope, and the check of each recipient candidate.
/// </summary>
public static class HomeSections
{
    [Flags]
    public enum Sections
    {
        None = 0,

        /// <summary>Recent files and the signals: for whoever works with case files.</summary>
        CaseFiles = 1,

        /// <summary>Mijn deelnemers, Werkvoorraad and Acties: for whoever may hold cases.</summary>
        HeldCases = 2,

        /// <summary>The wage-value drafts waiting: for assessors.</summary>
        WageValueDrafts = 4,
    }

    public sealed record Today(
        IReadOnlyList<RecentCaseFile> Recent,
        CaseworkToday.SignalCounts Signals,
        AttentionCount? RecipientsToInform,
        IReadOnlyList<CaseworkToday.HeldCase> Mine,
        IReadOnlyList<CaseworkToday.UnheldCase> WorkQueue,
        AttentionCount WorkQueueCount,
        IReadOnlyList<CaseworkToday.DueAction> Actions,
        AttentionCount? DraftAssessments);

    public static async Task<Today> LoadAsync(
        RmtDbContext db, CaseFiles files, Actor actor, Sections sections, int erasureWindowDays, CancellationToken cancellationToken)
    {
        var first = new QueryBatch(db);
        var caseFiles = sections.HasFlag(Sections.CaseFiles);
        IReadOnlyList<CaseworkerHome.OpenedRow> opened = caseFiles ? first.Add(CaseworkerHome.OpenedQuery(db, actor), CaseworkerHome.ReadOpened) : [];
        var signals = caseFiles ? first.Add(CaseworkToday.SignalCountsQuery(db, files, actor, erasureWindowDays), CaseworkToday.ReadSignals) : null;
        var candidates = caseFiles && files.Policy.CanExport(actor) ? first.Add(CaseworkerHome.RecipientCandidates(db, files, actor), ReadKey) : null;
        IReadOnlyList<Guid> held = [], unheld = [];
        IReadOnlyList<CaseworkToday.ActionRow> actions = [];
        if (sections.HasFlag(Sections.HeldCases))
        {
            held = first.Add(CaseworkToday.HeldKeys(db, actor, skip: 0), ReadKey);
            unheld = first.Add(CaseworkToday.UnheldKeys(db, files, actor), ReadKey);
            actions = first.Add(CaseworkToday.DueActions(db, files, actor, skip: 0), CaseworkToday.ReadAction);
        }

        var drafts = sections.HasFlag(Sections.WageValueDrafts) ? first.Add(CaseworkToday.DraftAssessmentsQuery(db, actor), r => r.GetInt32(0)) : null;
        await first.SendAsync(cancellationToken);

        var cases = new Dictionary<Guid, CaseworkToday.CaseRow>();
        await ReadCasesAsync(db, files, actor, cases,
            opened.Select(o => o.ParticipantId).Concat(unheld.Take(CaseworkToday.ListLength)).Concat(actions.Select(a => a.ParticipantId)), held, cancellationToken);

        var mine = await FillAsync(db, files, actor, cases, held, skip => CaseworkToday.HeldKeys(db, actor, skip), ReadKey, id => id, withNextAction: true,
            CaseworkToday.Held, cancellationToken);
        var due = await FillAsync(db, files, actor, cases, actions, skip => CaseworkToday.DueActions(db, files, actor, skip), CaseworkToday.ReadAction,
            a => a.ParticipantId, withNextAction: false, CaseworkToday.Due, cancellationToken);
        var (workQueue, workQueueCount) = CaseworkToday.WorkQueue(unheld, cases);
        return new Today(
            CaseworkerHome.Recent(opened, cases),
            signals?.Single() ?? default,
            candidates is null ? null : await CaseworkerHome.RecipientsToInformAsync(db, files, actor, candidates, cancellationToken),
            mine, workQueue, workQueueCount, due,
            drafts is null ? null : new AttentionCount(drafts.Single()));
    }

    private static Guid ReadKey(DbDataReader reader) => reader.GetGuid(0);

    /// <summary>Adds to <paramref name="cases"/> the participants of <paramref name="keys"/> and <paramref name="held"/> in scope, in one statement.</summary>
    private static async Task ReadCasesAsync(
        RmtDbContext db, CaseFiles files, Actor actor, Dictionary<Guid, CaseworkToday.CaseRow> cases, IEnumerable<Guid> keys, IEnumerable<Guid> held,
        CancellationToken cancellationToken)
    {
        var heldKeys = held.ToList();
        var all = keys.Concat(heldKeys).Distinct().ToList();
        if (all.Count == 0)
        {
            return;
        }

        var batch = new QueryBatch(db);
        var rows = batch.Add(CaseworkToday.CasesByKey(db, files, actor, all, heldKeys), CaseworkToday.ReadCase);
        await batch.SendAsync(cancellationToken);
        foreach (var row in rows)
        {
            cases[row.Id] = row;
        }
    }

    /// <summary>
    /// A list of up to <see cref="AttentionCount.Cap"/> from its first page, kept as <paramref name="keep"/> finds its
    /// participants in <paramref name="cases"/>. When that page was full and some of them were out of scope (an
    /// involvement ended), the next pages with their participants, for at most <see cref="CaseworkToday.PagesRead"/> in all.
    /// </summary>
    private static async Task<IReadOnlyList<TOut>> FillAsync<TRow, TOut>(
        RmtDbContext db, CaseFiles files, Actor actor, Dictionary<Guid, CaseworkToday.CaseRow> cases, IReadOnlyList<TRow> firstPage,
        Func<int, IQueryable<TRow>> page, Func<DbDataReader, TRow> read, Func<TRow, Guid> participant, bool withNextAction,
        Func<IReadOnlyList<TRow>, IReadOnlyDictionary<Guid, CaseworkToday.CaseRow>, IReadOnlyList<TOut>> keep, CancellationToken cancellationToken)
    {
        var rows = firstPage.ToList();
        var kept = keep(rows, cases);
        var last = firstPage;
        for (var next = 1; next < CaseworkToday.PagesRead && kept.Count < AttentionCount.Cap && last.Count == AttentionCount.Cap; next++)
        {
            var batch = new QueryBatch(db);
            last = batch.Add(page(next * AttentionCount.Cap), read);
            await batch.SendAsync(cancellationToken);
            var keys = last.Select(participant).ToList();
            await ReadCasesAsync(db, files, actor, cases, keys, withNextAction ? keys : [], cancellationToken);
            rows.AddRange(last);
            kept = keep(rows, cases);
        }

        return kept;
    }
}
