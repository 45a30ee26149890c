using System.Data.Common;
using RmtCases.Domain.Access;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Features.Home;

/// <summary>
/// The home page's sections in two round trips (<see cref="QueryBatch"/>): first every read that needs nothing else
/// (the recent views, the signal counts, the candidates for recipients to inform, the held cases with their next
/// actions, the keys of the work queue and the actions due, each counted in scope), then the names of the
/// participants shown, by key through <see cref="CaseFiles.Visible"/>. Ten statements were ten round trips, each with
/// EF Core's and Npgsql's own work. Only the check of each recipient candidate comes after.
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
        AttentionCount MineCount,
        IReadOnlyList<CaseworkToday.UnheldCase> WorkQueue,
        AttentionCount WorkQueueCount,
        IReadOnlyList<CaseworkToday.DueAction> Actions,
        AttentionCount Overdue,
        AttentionCount DueSoon,
        AttentionCount? DraftAssessments);

    public static async Task<Today> LoadAsync(
        RmtDbContext db, CaseFiles files, Actor actor, Sections sections, int erasureWindowDays, CancellationToken cancellationToken)
    {
        var first = new QueryBatch(db);
        var caseFiles = sections.HasFlag(Sections.CaseFiles);
        IReadOnlyList<CaseworkerHome.OpenedRow> opened = caseFiles ? first.Add(CaseworkerHome.OpenedQuery(db, actor), CaseworkerHome.ReadOpened) : [];
        var signals = caseFiles ? first.Add(CaseworkToday.SignalCountsQuery(db, files, actor, erasureWindowDays), CaseworkToday.ReadSignals) : null;
        var candidates = caseFiles && files.Policy.CanExport(actor) ? first.Add(CaseworkerHome.RecipientCandidates(db, files, actor), ReadKey) : null;
        IReadOnlyList<CaseworkToday.HeldRow> held = [];
        IReadOnlyList<Guid> unheld = [];
        IReadOnlyList<CaseworkToday.ActionRow> actions = [];
        if (sections.HasFlag(Sections.HeldCases))
        {
            held = first.Add(CaseworkToday.HeldQuery(db, files, actor), CaseworkToday.ReadHeld);
            unheld = first.Add(CaseworkToday.UnheldKeys(db, files, actor), ReadKey);
            actions = first.Add(CaseworkToday.DueActions(db, files, actor), CaseworkToday.ReadAction);
        }

        var drafts = sections.HasFlag(Sections.WageValueDrafts) ? first.Add(CaseworkToday.DraftAssessmentsQuery(db, actor), r => r.GetInt32(0)) : null;
        await first.SendAsync(cancellationToken);

        var mine = CaseworkToday.InShownOrder(held);
        var shown = opened.Select(o => o.ParticipantId)
            .Concat(mine.Take(CaseworkToday.ListLength).Select(h => h.ParticipantId))
            .Concat(unheld.Take(CaseworkToday.ListLength))
            .Concat(actions.Take(CaseworkToday.ListLength).Select(a => a.ParticipantId))
            .Distinct().ToList();
        var cases = new Dictionary<Guid, CaseworkToday.CaseRow>();
        if (shown.Count > 0)
        {
            var second = new QueryBatch(db);
            var rows = second.Add(CaseworkToday.CasesByKey(files, actor, shown), CaseworkToday.ReadCase);
            await second.SendAsync(cancellationToken);
            foreach (var row in rows)
            {
                cases[row.Id] = row;
            }
        }

        var (workQueue, workQueueCount) = CaseworkToday.WorkQueue(unheld, cases);
        var today = files.Today;
        return new Today(
            CaseworkerHome.Recent(opened, cases),
            signals?.Single() ?? default,
            candidates is null ? null : await CaseworkerHome.RecipientsToInformAsync(db, files, actor, candidates, cancellationToken),
            CaseworkToday.Held(mine, cases), new AttentionCount(held.Count),
            workQueue, workQueueCount,
            CaseworkToday.Due(actions, cases), new AttentionCount(actions.Count(a => a.DueOn < today)), new AttentionCount(actions.Count(a => a.DueOn >= today)),
            drafts is null ? null : new AttentionCount(drafts.Single()));
    }

    private static Guid ReadKey(DbDataReader reader) => reader.GetGuid(0);
}
