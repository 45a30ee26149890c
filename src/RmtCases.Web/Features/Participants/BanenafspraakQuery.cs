using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Participants;

/// <summary>
/// The one read path of category g (health data, GDPR art. 9). Callers ask
/// <c>policy.CanSee(actor, Category.Banenafspraak)</c> first (AP z2021-2117: only gemeente and UWV).
/// </summary>
public static class BanenafspraakQuery
{
    public static Task<BanenafspraakIndication?> FindAsync(RmtDbContext db, Guid participantId, CancellationToken cancellationToken) =>
        db.BanenafspraakIndications.AsNoTracking().SingleOrDefaultAsync(b => b.ParticipantId == participantId, cancellationToken);

    /// <summary>Tracked, for a change by gemeente or UWV; the same precondition applies.</summary>
    public static Task<BanenafspraakIndication?> FindForUpdateAsync(RmtDbContext db, Guid participantId, CancellationToken cancellationToken) =>
        db.BanenafspraakIndications.SingleOrDefaultAsync(b => b.ParticipantId == participantId, cancellationToken);
}
