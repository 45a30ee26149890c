using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Exchange;

/// <summary>
/// <c>GET /downloads/{id}</c>: the one download of every encrypted file <see cref="EncryptedExports"/> makes.
/// Serves it once, to the user who made it, within its five minutes, then deletes it; the audit action is the
/// export kind's. The file lives in PostgreSQL, so any instance can serve it.
/// </summary>
public static class DownloadEndpoint
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public static string PathFor(Guid pendingDownloadId) => $"/downloads/{pendingDownloadId}";

    /// <summary>
    /// Deletes files whose five minutes have passed. Called on every download and every new export rather
    /// than by a background job: the files are short-lived and any instance may do it.
    /// </summary>
    public static Task<int> DeleteExpiredAsync(RmtDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.PendingDownloads.Where(d => d.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

    public static void MapRmtDownloads(this WebApplication app) =>
        app.MapGet("/downloads/{id:guid}", ServeAsync).RequireAuthorization();

    private static async Task<IResult> ServeAsync(
        Guid id,
        HttpContext http,
        RmtDbContext db,
        CurrentActor current,
        AuditLog audit,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var actor = await current.RequireAsync(cancellationToken);
        var now = time.GetUtcNow();

        await DeleteExpiredAsync(db, now, cancellationToken);

        // A join, not a FirstOrDefault of the record in the projection: EF Core makes that a ROW_NUMBER() over every
        // export record, which PostgreSQL computed in full per download (3,400 buffers, 8 ms, growing with each export).
        // Row-level security keeps other regions' records out; a file without its record is not served.
        var download = await (
                from d in db.PendingDownloads.AsNoTracking()
                where d.Id == id && d.UserId == actor.UserId && d.ExpiresAt > now
                join r in db.ExportRecords on d.ExportRecordId equals r.Id
                select new { d.FileName, d.Content, d.ExportRecordId, r.Kind, r.ParticipantId, r.WageValueAssessmentId })
            .SingleOrDefaultAsync(cancellationToken);

        // Deleting before serving makes the link single-use even when two requests race: one delete wins.
        var deleted = download is null
            ? 0
            : await db.PendingDownloads.Where(d => d.Id == id && d.UserId == actor.UserId).ExecuteDeleteAsync(cancellationToken);
        if (download is null || deleted == 0)
        {
            // Someone else's link, a second use, or an expired one: all look the same from outside.
            await audit.RecordAsync(
                AuditActions.ExportDownloaded, subjectId: id, outcome: AuditOutcomes.Refused, cancellationToken: cancellationToken);
            return Results.NotFound();
        }

        await audit.RecordAsync(
            ExportKinds.DownloadedAction(download.Kind), participantId: download.ParticipantId,
            subjectId: download.WageValueAssessmentId ?? download.ExportRecordId, cancellationToken: cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
        return Results.File(download.Content, "application/pdf", download.FileName);
    }
}
