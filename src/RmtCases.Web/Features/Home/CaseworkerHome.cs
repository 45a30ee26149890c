using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Features.Home;

/// <summary>
/// The caseworker's start of the day. Every participant shown or counted comes through
/// <see cref="CaseFiles.Visible"/>, so row-level security and the access policy decide, as on the case file. Limits
/// are constants in the SQL (<see cref="ConstantLimits"/>).
/// </summary>
public static class CaseworkerHome
{
    public const int RecentCount = 10;

    // Opened files that went out of scope or were erased are skipped; looking a little further back fills the list.
    private const int RecentLookBack = 3 * RecentCount;

    // The user's own latest view rows read: a file opened many times in a row cannot crowd the others out unnoticed,
    // and a long career of views is not aggregated on every visit to the home page.
    private const int ViewRowsRead = 500;

    // Participants checked for recipients to inform; each check reads that participant's exports and changes.
    private const int CandidatesRead = 2 * AttentionCount.Cap;

    public sealed record OpenedRow(Guid ParticipantId, long Sequence, DateTimeOffset OpenedAt);

    /// <summary>
    /// The files this user opened last (their own audit rows), newest first, each once; <see cref="RecentLookBack"/>
    /// of them, as some may have gone out of scope. Columns in the order of <see cref="ReadOpened"/>.
    /// </summary>
    public static IQueryable<OpenedRow> OpenedQuery(RmtDbContext db, Actor actor) =>
        db.AuditEvents.AsNoTracking()
            .Where(e => e.UserId == actor.UserId && e.Action == AuditActions.ParticipantViewed
                && e.Outcome == AuditOutcomes.Success && e.ParticipantId != null)
            .OrderByDescending(e => e.ChainSequence)
            .TakeConstant(ViewRowsRead)
            .GroupBy(e => e.ParticipantId!.Value)
            .Select(g => new { ParticipantId = g.Key, Sequence = g.Max(e => e.ChainSequence), OpenedAt = g.Max(e => e.OccurredAt) })
            .OrderByDescending(g => g.Sequence)
            .TakeConstant(RecentLookBack)
            .Select(g => new OpenedRow(g.ParticipantId, g.Sequence, g.OpenedAt));

    public static OpenedRow ReadOpened(System.Data.Common.DbDataReader r) => new(r.GetGuid(0), r.GetInt64(1), r.GetFieldValue<DateTimeOffset>(2));

    /// <summary>The last <see cref="RecentCount"/> opened files still in <paramref name="cases"/>, with the name as it is now.</summary>
    public static IReadOnlyList<RecentCaseFile> Recent(IEnumerable<OpenedRow> opened, IReadOnlyDictionary<Guid, CaseworkToday.CaseRow> cases) =>
        opened.Where(o => cases.ContainsKey(o.ParticipantId))
            .Take(RecentCount)
            .Select(o => new RecentCaseFile(o.ParticipantId, cases[o.ParticipantId].Name, o.OpenedAt))
            .ToList();

    /// <summary>
    /// Participants in scope with a recipient still to inform of a correction (GDPR art. 19), decided per participant
    /// by <see cref="RecipientsToInform"/> as the case file shows it. Candidates are those with an exchange and a
    /// change after it. Only for whoever may share (the case file shows the others nothing either).
    /// </summary>
    public static IQueryable<Guid> RecipientCandidates(RmtDbContext db, CaseFiles files, Actor actor)
    {
        // A change after the exchange by the audit chain (the export's own audit row), by time only for an export
        // without one, as RecipientsToInform orders them: the clocks of application and database may differ.
        // The changes are matched to the exchange's participant, not the outer row's: correlated to the outer row,
        // PostgreSQL read the whole region's participants (10,000 buffers at 1M) to join the exchanges to. This way it
        // joins the exchanges to the changes (their own index, migration HomePageIndexes) and looks the few
        // participants up by key. A join, as Any comparing the two nullable keys also matched null to null.
        var changedAfterExchange =
            from r in db.ExportRecords
            where r.Kind == ExportKind.Exchange
            join c in db.AuditEvents on r.ParticipantId equals c.ParticipantId
            where c.Action == AuditActions.ParticipantChanged && c.Outcome == AuditOutcomes.Success && c.Categories != null
                && (db.AuditEvents.Any(x => x.SubjectId == r.Id && x.Action == AuditActions.ExportCreated && x.ChainSequence < c.ChainSequence)
                    || (!db.AuditEvents.Any(x => x.SubjectId == r.Id && x.Action == AuditActions.ExportCreated) && c.OccurredAt > r.CreatedAt))
            select r.ParticipantId!.Value;
        return files.Visible(actor).AsNoTracking()
            .Where(p => changedAfterExchange.Contains(p.Id))
            .OrderBy(p => p.Id)
            .Select(p => p.Id)
            .TakeConstant(CandidatesRead);
    }

    /// <summary>Of <paramref name="candidates"/>, those with a recipient still to inform, capped.</summary>
    public static async Task<AttentionCount> RecipientsToInformAsync(
        RmtDbContext db, CaseFiles files, Actor actor, IEnumerable<Guid> candidates, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var id in candidates)
        {
            if ((await RecipientsToInform.ForParticipantAsync(db, id, files.Policy, actor, cancellationToken)).Count > 0 && ++count == AttentionCount.Cap)
            {
                break;
            }
        }

        return new AttentionCount(count);
    }
}
