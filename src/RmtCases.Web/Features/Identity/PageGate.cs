using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// The one gate of a folder of pages. Before model binding's results are used and before any handler, for
/// every method and handler name: the actor must meet the folder's requirement and whatever the page class and
/// the selected handler declare with <see cref="RequiresAttribute"/>; on a case-file page the participant in
/// the route must be in the actor's scope. What it let in is in <see cref="Admission"/>. A refusal is 404, so
/// the pages do not confirm that they or the participant exist, and it is recorded as the area records it.
/// Handlers still look up the record they act on (an entry, an assessment) and answer 404 when it is gone.
/// </summary>
public sealed class PageGate(GateArea area, Requirement folderRequirement) : IAsyncPageFilter, IOrderedFilter
{
    /// <summary>Before <see cref="Hosting.HandlerRequiredFilter"/>.</summary>
    public int Order => -1000;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var cancellationToken = context.HttpContext.RequestAborted;
        var policy = services.GetRequiredService<AccessPolicy>();
        var actor = await services.GetRequiredService<CurrentActor>().GetAsync(cancellationToken);
        if (actor is null || !policy.Allows(actor, folderRequirement))
        {
            // Outside the area altogether: nothing about a participant is asked, so none is named.
            await RefuseAsync(services, participantId: null, cancellationToken);
            context.Result = new NotFoundResult();
            return;
        }

        var participantId = area == GateArea.CaseFiles
            && context.RouteData.Values.TryGetValue("id", out var routed) && Guid.TryParse(routed as string, out var id)
                ? id
                : (Guid?)null;
        var declared = context.ActionDescriptor.HandlerTypeInfo.GetCustomAttributes<RequiresAttribute>()
            .Concat(context.HandlerMethod?.MethodInfo.GetCustomAttributes<RequiresAttribute>() ?? []);
        if (!declared.All(r => policy.Allows(actor, r.Requirement, r.Category))
            || (participantId is { } participant
                && !await services.GetRequiredService<CaseFiles>().InScopeAsync(actor, participant, cancellationToken)))
        {
            await RefuseAsync(services, participantId, cancellationToken);
            context.Result = new NotFoundResult();
            return;
        }

        services.GetRequiredService<Admission>().Admit(actor, participantId);
        await next();
    }

    private Task RefuseAsync(IServiceProvider services, Guid? participantId, CancellationToken cancellationToken) => area switch
    {
        // Only a participant that exists in the user's region is named (row-level security hides the rest).
        GateArea.CaseFiles => participantId is { } id ? services.GetRequiredService<CaseFiles>().RefuseAsync(id, cancellationToken) : Task.CompletedTask,
        // Refusals are evidence too: someone tried a page outside their role.
        GateArea.WageValue => services.GetRequiredService<AuditLog>()
            .RecordAsync(AuditActions.AccessRefused, purpose: "loonwaarde", outcome: AuditOutcomes.Refused, cancellationToken: cancellationToken),
        GateArea.Figures => Task.CompletedTask,
        // A signed-in non-administrator here is a mistake or a probe; either is worth a row.
        _ => services.GetRequiredService<AuditLog>()
            .RecordAsync(AuditActions.AccessRefused, fields: ["administration"], outcome: AuditOutcomes.Refused, cancellationToken: cancellationToken),
    };
}
