using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Exchange;

/// <summary>
/// "Gedeeld met": the exchanges of one participant, newest first, for the share page and the case file.
/// </summary>
public sealed class ExportHistory(RmtDbContext db, CurrentActor current, AccessPolicy policy)
{
    /// <summary>
    /// The participant's exchange exports as the signed-in user may see them: nothing without an actor, and only
    /// the exports whose every category the actor may see (<see cref="AccessPolicy.CanSeeEventOf"/>), so a union
    /// caseworker does not even learn that banenafspraak data, or a werkfitbehoud row, went from gemeente to UWV:
    /// the timeline and the recipients to inform leave out the same exports. The caller checks that the
    /// participant is in scope.
    /// </summary>
    public async Task<IReadOnlyList<ExportSummary>> ForParticipantAsync(Guid participantId, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } actor || !policy.CanExport(actor))
        {
            return [];
        }

        var rows = await (
                from record in db.ExportRecords.AsNoTracking()
                where record.ParticipantId == participantId && record.Kind == ExportKind.Exchange
                join sender in db.Organisations on record.SenderOrganisationId equals sender.Id
                join recipient in db.Organisations on record.RecipientOrganisationId equals recipient.Id
                join user in db.Users on record.SenderUserId equals user.Id into users
                from user in users.DefaultIfEmpty()
                orderby record.CreatedAt descending
                select new
                {
                    record.Reference,
                    record.CreatedAt,
                    Sender = sender.Name,
                    User = user == null ? null : user.DisplayName,
                    Recipient = recipient.Name,
                    record.Categories,
                    record.Purpose,
                })
            .ToListAsync(cancellationToken);

        return rows
            .Where(r => policy.CanSeeEventOf(actor, Categories.FromLetters(r.Categories)))
            .Select(r => new ExportSummary(
                r.Reference,
                r.CreatedAt,
                r.Sender,
                r.User ?? "(verwijderde gebruiker)",
                r.Recipient,
                Categories.FromLetters(r.Categories),
                ExportPurposes.Display(r.Purpose)))
            .ToList();
    }
}
