using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RmtCases.Domain.Exchange;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Exchange;

/// <summary>
/// The per-user limit on exports, counted from export_records so that every instance behind the load
/// balancer counts the same exports.
/// </summary>
public sealed class ExportCap(RmtDbContext db, IOptions<ExchangeOptions> options, TimeProvider time)
{
    // Advisory-lock class for "one export at a time per user"; the two-key form does not overlap the
    // single-key locks (the audit chain uses 7513).
    private const int LockClass = 2117;

    public int MaxPerHour => options.Value.MaxExportsPerHour;

    // AP z2021-2117: exchange is incidental and for one individual, never bulk; an unusual number of
    // exports by one user is refused (the caller records the refusal). A subject access report is a
    // participant's whole file leaving the system too, so it counts alongside the exchanges.
    public async Task<bool> IsReachedAsync(Guid userId, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddHours(-1);
        var count = await db.ExportRecords.AsNoTracking()
            .CountAsync(r => r.SenderUserId == userId && (r.Kind == ExportKind.Exchange || r.Kind == ExportKind.SubjectAccessReport) && r.CreatedAt > since, cancellationToken);
        return count >= MaxPerHour;
    }

    /// <summary>
    /// Serialises one user's exports until the current transaction ends, so that two requests at the
    /// limit cannot both pass the count (on any instance).
    /// </summary>
    public async Task LockUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The export lock is transaction-scoped: begin a transaction first.");
        }

        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock({LockClass}, hashtext({userId.ToString()}))", cancellationToken);
    }
}
