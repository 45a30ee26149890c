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
    private const int RecipientCandidates = 2 * AttentionCount.Cap;

    /// <summary>The last files this user opened (their own audit rows), newest first, each once.</summary>
    public static async Task<IReadOnlyList<RecentCaseFile>> RecentAsync(
        RmtDbContext db, CaseFiles files, Actor actor, CancellationToken cancellationToken)
    {
        var opened = await db.AuditEvents.AsNoTracking()
            .Where(e => e.UserId == actor.UserId && e.Action == AuditActions.ParticipantViewed
                && e.Outcome == AuditOutcomes.Success && e.ParticipantId != null)
            .OrderByDescending(e => e.ChainSequence)
            .TakeConstant(ViewRowsRead)
            .GroupBy(e => e.ParticipantId!.Value)
            .Select(g => new { ParticipantId = g.Key, Sequence = g.Max(e => e.ChainSequence), OpenedAt = g.Max(e => e.OccurredAt) })
            .OrderByDescending(g => g.Sequence)
            .TakeConstant(RecentLookBack)
            .ToListAsync(cancellationToken);
        if (opened.Count == 0)
        {
            return [];
        }

        var ids = opened.Select(o => o.ParticipantId).ToList();
        var names = await files.Visible(actor).AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Person.GivenNames, p.Person.Infix, p.Person.Surname })
            .ToDictionaryAsync(p => p.Id, p => PersonDetails.JoinName(p.GivenNames, p.Infix, p.Surname), cancellationToken);
        return opened.Where(o => names.ContainsKey(o.ParticipantId))
            .Take(RecentCount)
            .Select(o => new RecentCaseFile(o.ParticipantId, names[o.ParticipantId], o.OpenedAt))
            .ToList();
    }

    /// <summary>
    /// Participants in scope with a recipient still to inform of a correction (GDPR art. 19), decided per participant
    /// by <see cref="RecipientsToInform"/> as the case file shows it. Candidates are those with an exchange and a
    /// change after it; null for whoever may not share (the case file shows them nothing either).
    /// </summary>
    public static async Task<AttentionCount?> RecipientsToInformAsync(
        RmtDbContext db, CaseFiles files, Actor actor, CancellationToken cancellationToken)
    {
        if (!files.Policy.CanExport(actor))
        {
            return null;
        }

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
        var candidates = await files.Visible(actor).AsNoTracking()
            .Where(p => changedAfterExchange.Contains(p.Id))
            .OrderBy(p => p.Id)
            .Select(p => p.Id)
            .TakeConstant(RecipientCandidates)
            .ToListAsync(cancellationToken);
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
