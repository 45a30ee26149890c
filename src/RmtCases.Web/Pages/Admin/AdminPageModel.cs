using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RmtCases.Domain.Access;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin;

/// <summary>
/// Functioneel beheer only. Everyone else gets 404, so the pages do not even confirm that they exist.
/// These pages show accounts and organisations, never a participant's personal data.
/// </summary>
public abstract class AdminPageModel(CurrentActor current, AccessPolicy policy) : PageModel
{
    private Actor? _actor;

    /// <summary>The signed-in administrator; set before any handler runs.</summary>
    protected Actor Administrator => _actor ?? throw new InvalidOperationException("Not an administration request.");

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var actor = await current.GetAsync(HttpContext.RequestAborted);
        if (actor is null || !policy.CanAdminister(actor))
        {
            // A signed-in non-administrator here is a mistake or a probe; either is worth a row.
            await HttpContext.RequestServices.GetRequiredService<AuditLog>()
                .RecordAsync(AuditActions.AccessRefused, fields: ["administration"], outcome: AuditOutcomes.Refused, cancellationToken: HttpContext.RequestAborted);
            context.Result = NotFound();
            return;
        }

        _actor = actor;
        await next();
    }
}
