using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Participants;

/// <summary>
/// Stores and finds <see cref="SavedSearch"/>es. Every read names the user: a key someone else made, copied
/// from a screen or a bookmark, finds nothing, exactly as an expired or invented one does.
/// </summary>
public sealed class SavedSearches(RmtDbContext db, TimeProvider time)
{
    /// <summary>Long enough for a morning's work from one search, short enough that typed names do not linger.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    public static string PathFor(Guid token, int page = 1) =>
        page > 1 ? $"/deelnemers?zoekopdracht={token:N}&pagina={page}" : $"/deelnemers?zoekopdracht={token:N}";

    public async Task<Guid> SaveAsync(Guid userId, string criteria, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await DeleteExpiredAsync(now, cancellationToken);

        // Guid.NewGuid draws 122 bits from the operating system's cryptographic generator: not guessable.
        var search = new SavedSearch { Id = Guid.NewGuid(), UserId = userId, Criteria = criteria, CreatedAt = now, ExpiresAt = now + Lifetime };
        db.Add(search);
        await db.SaveChangesAsync(cancellationToken);
        return search.Id;
    }

    /// <summary>The criteria of the user's own search if it has not expired, and notes the page shown.</summary>
    public async Task<string?> FindAsync(Guid userId, Guid token, int page, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var criteria = await db.SavedSearches.AsNoTracking()
            .Where(s => s.Id == token && s.UserId == userId && s.ExpiresAt > now)
            .Select(s => s.Criteria).SingleOrDefaultAsync(cancellationToken);
        if (criteria is not null)
        {
            await db.SavedSearches.Where(s => s.Id == token && s.Page != page)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Page, page), cancellationToken);
        }

        return criteria;
    }

    /// <summary>The user's latest search still valid, with the page last shown: where "Terug naar de deelnemers" goes.</summary>
    public async Task<(Guid Token, int Page)?> LatestAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var latest = await db.SavedSearches.AsNoTracking()
            .Where(s => s.UserId == userId && s.ExpiresAt > now)
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => new { s.Id, s.Page }).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? null : (latest.Id, latest.Page);
    }

    /// <summary>Called on every new search rather than by a background job: any instance may do it, from an index.</summary>
    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.SavedSearches.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
}
