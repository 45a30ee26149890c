using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;

namespace RmtCases.Web.Features.Participants;

/// <summary>
/// GDPR art. 19: a correction is communicated to each recipient the data was disclosed to. Derived from the
/// export records and the audit trail, so nothing new is stored but the telling itself (an audit event per
/// organisation).
/// </summary>
public static class RecipientsToInform
{
    /// <summary>
    /// Recipients of an exchange that held a category changed after that exchange and not told since.
    /// Order is the audit trail's: the export's own audit row places it among the changes, as the
    /// application's clock and the database's may differ. By row id, the order of insertion, which a request
    /// that follows another always respects: the chain position changes once when the sealer chains a row, so
    /// positions read by two statements may straddle a seal. Only exports and categories the actor may see count
    /// (<see cref="AccessPolicy.CanSeeEventOf"/>), so a union caseworker does not learn that banenafspraak data, or
    /// a werkfitbehoud row, went from gemeente to UWV and changed.
    /// </summary>
    public static async Task<IReadOnlyList<RecipientToInform>> ForParticipantAsync(
        RmtDbContext db, Guid participantId, AccessPolicy policy, Actor actor, CancellationToken cancellationToken)
    {
        var exports = await ExportsQuery(db, participantId).ToListAsync(cancellationToken);
        return await FromExportsAsync(db, participantId, policy, actor, exports, cancellationToken);
    }

    public sealed record ExportRow(Guid RecipientOrganisationId, OrganisationType? RecipientType, string Categories, DateTimeOffset CreatedAt, long? Sequence);

    /// <summary>The participant's exchanges with their audit row and recipient: the first read of <see cref="ForParticipantAsync"/>.</summary>
    public static IQueryable<ExportRow> ExportsQuery(RmtDbContext db, Guid participantId) =>
        from record in db.ExportRecords.AsNoTracking()
        where record.ParticipantId == participantId && record.Kind == ExportKind.Exchange
        from created in db.AuditEvents
            .Where(e => e.SubjectId == record.Id && e.Action == AuditActions.ExportCreated)
            .DefaultIfEmpty()
        join organisation in db.Organisations on record.RecipientOrganisationId equals organisation.Id into organisations
        from organisation in organisations.DefaultIfEmpty()
        select new ExportRow(
            record.RecipientOrganisationId,
            organisation == null ? (OrganisationType?)null : organisation.Type,
            record.Categories,
            record.CreatedAt,
            created == null ? (long?)null : created.Id);

    /// <summary>Columns in the order of <see cref="ExportsQuery"/>'s projection, for a <see cref="QueryBatch"/>.</summary>
    public static ExportRow ReadExport(System.Data.Common.DbDataReader r) => new(
        r.GetGuid(0), r.IsDBNull(1) ? null : (OrganisationType)r.GetInt32(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.IsDBNull(4) ? null : r.GetInt64(4));

    /// <summary>The rest of <see cref="ForParticipantAsync"/> once the exchanges are read; reads the changes only when there are any.</summary>
    public static async Task<IReadOnlyList<RecipientToInform>> FromExportsAsync(
        RmtDbContext db, Guid participantId, AccessPolicy policy, Actor actor, IEnumerable<ExportRow> read, CancellationToken cancellationToken)
    {
        var visible = policy.VisibleCategories(actor);
        // An export the actor may not see ("Gedeeld met" leaves it out) is not there to inform of either.
        var exports = read.Where(e => policy.CanSeeEventOf(actor, Categories.FromLetters(e.Categories))).ToList();
        if (exports.Count == 0)
        {
            return [];
        }

        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.ParticipantId == participantId && e.Outcome == AuditOutcomes.Success
                && (e.Action == AuditActions.ParticipantChanged || e.Action == AuditActions.RecipientsNotified))
            .Select(e => new { e.Action, e.Id, e.OccurredAt, e.Categories, e.SubjectId })
            .ToListAsync(cancellationToken);
        var changes = events.Where(e => e.Action == AuditActions.ParticipantChanged && e.Categories != null).ToList();
        var told = events.Where(e => e.Action == AuditActions.RecipientsNotified && e.SubjectId != null)
            .GroupBy(e => e.SubjectId!.Value)
            .ToDictionary(g => g.Key, g => g.Max(e => e.Id));

        var pending = new List<(Guid Organisation, HashSet<Category> Categories, DateTimeOffset LastChange)>();
        foreach (var recipient in exports.GroupBy(e => e.RecipientOrganisationId))
        {
            var toldAt = told.GetValueOrDefault(recipient.Key);
            var categories = new HashSet<Category>();
            DateTimeOffset? lastChange = null;
            var recipientType = recipient.First().RecipientType;
            foreach (var change in changes.Where(c => c.Id > toldAt))
            {
                // A change that touched category g (the indication, or a werkfitbehoud row that reveals it) is not
                // there for whoever may not see g, and concerns only recipients that may have received g-derived rows.
                if (Categories.FromLetters(change.Categories!).Contains(Category.Banenafspraak)
                    && (!visible.Contains(Category.Banenafspraak) || recipientType is not { } type || !DisclosureRules.MayReceiveBanenafspraakDerived(type)))
                {
                    continue;
                }

                // Received before the change: by audit row, or by time for an export without its audit row.
                var held = recipient
                    .Where(e => e.Sequence is { } s ? s < change.Id : e.CreatedAt < change.OccurredAt)
                    .SelectMany(e => Categories.FromLetters(e.Categories));
                var changed = Categories.FromLetters(change.Categories!);
                var affected = changed.Intersect(held).Intersect(visible).ToList();
                if (affected.Count > 0)
                {
                    categories.UnionWith(affected);
                    // Telling of a change that touched g (a werkfitbehoud row) concerns g too: its audit row stays
                    // out of the sight of whoever may not see g.
                    if (changed.Contains(Category.Banenafspraak))
                    {
                        categories.Add(Category.Banenafspraak);
                    }

                    lastChange = lastChange is { } l && l > change.OccurredAt ? l : change.OccurredAt;
                }
            }

            if (lastChange is { } last)
            {
                pending.Add((recipient.Key, categories, last));
            }
        }

        if (pending.Count == 0)
        {
            return [];
        }

        var ids = pending.Select(p => p.Organisation).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return pending
            .Select(p => new RecipientToInform(p.Organisation, names.GetValueOrDefault(p.Organisation, "(verwijderde organisatie)"), p.Categories.Order().ToList(), p.LastChange))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }
}
