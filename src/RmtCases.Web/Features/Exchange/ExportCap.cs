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

    /// <summary>Whether the user reached the cap for participant files (exchanges and subject access reports).</summary>
    public Task<bool> IsReachedAsync(Guid userId, CancellationToken cancellationToken) =>
        IsReachedAsync(userId, ExportKind.Exchange, cancellationToken);

    /// <summary>
    /// Whether the user made as many exports of the kinds counted with <paramref name="kind"/> in the last hour as
    /// one may (<see cref="ExportKinds.CountedWith"/>); more is unusual, so it is refused (the caller records it).
    /// </summary>
    public async Task<bool> IsReachedAsync(Guid userId, ExportKind kind, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddHours(-1);
        var kinds = ExportKinds.CountedWith(kind);
        var count = await db.ExportRecords.AsNoTracking()
            .CountAsync(r => r.SenderUserId == userId && kinds.Contains(r.Kind) && r.CreatedAt > since, cancellationToken);
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
