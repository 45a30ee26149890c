using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.WageValue;

public static class WageValueQueries
{
    /// <summary>
    /// One assessment with its tasks, in the actor's region only: the explicit filter is the rule,
    /// row-level security the net under it. Tracked for writes, untracked for reads.
    /// </summary>
    public static Task<WageValueAssessment?> FindAsync(this RmtDbContext db, Guid id, int regionId, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.WageValueAssessments.Include(a => a.Tasks).Where(a => a.Id == id && a.RegionId == regionId);
        return (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Every version of a series, oldest first.</summary>
    public static Task<List<WageValueAssessment>> SeriesAsync(this RmtDbContext db, Guid seriesId, int regionId, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.WageValueAssessments.Where(a => a.SeriesId == seriesId && a.RegionId == regionId).OrderBy(a => a.VersionNumber);
        return (tracking ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
    }
}
