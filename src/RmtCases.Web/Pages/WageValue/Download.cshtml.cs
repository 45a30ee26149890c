using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Pages.WageValue;

/// <summary>
/// The one-time download of a wage-value report: same user, within five minutes, once. Served here and
/// not at /downloads so the exchange feature's endpoint stays its own.
/// </summary>
[Requires(Requirement.AssessWageValue)]
public sealed class DownloadModel(Admission admission, RmtDbContext db, AuditLog audit, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        var now = time.GetUtcNow();
        // The export record is region-bound by row-level security; the join keeps other regions' and
        // other features' files out of this endpoint.
        var download = await db.PendingDownloads.AsNoTracking()
            .Where(d => d.Id == id && d.UserId == actor.UserId && d.ExpiresAt > now)
            .Join(db.ExportRecords.Where(r => r.RegionId == actor.RegionId
                    && (r.Kind == ExportKind.WageValueFullReport || r.Kind == ExportKind.WageValueReducedReport)),
                d => d.ExportRecordId, r => r.Id, (d, r) => new { d.FileName, d.Content, r.WageValueAssessmentId, r.ParticipantId })
            .SingleOrDefaultAsync(cancellationToken);
        if (download is null)
        {
            return NotFound();
        }

        // Delete first and serve only if this request deleted it: two clicks or two instances, one download.
        var deleted = await db.PendingDownloads.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return NotFound();
        }

        await audit.RecordAsync(WageValueAuditActions.ReportDownloaded, participantId: download.ParticipantId, subjectId: download.WageValueAssessmentId, cancellationToken: cancellationToken);
        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(download.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(download.Content, "application/pdf");
    }
}
