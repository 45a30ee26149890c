using RmtCases.Domain.Access;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// AP z2021-2117: union and employer-organisation staff reach no personal data until they accepted
/// the current version of the confidentiality declaration.
/// </summary>
public sealed class ConfidentialityGateMiddleware(RequestDelegate next)
{
    public const string DeclarationPath = "/verklaring";

    public async Task InvokeAsync(HttpContext context, CurrentActor current, AccessPolicy policy)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(DeclarationPath) || path.StartsWithSegments("/account")
            || path.StartsWithSegments("/health") || path.StartsWithSegments("/fout"))
        {
            await next(context);
            return;
        }

        var actor = await current.GetAsync(context.RequestAborted);
        if (actor is not null && !policy.MayReachPersonalData(actor))
        {
            context.Response.Redirect(DeclarationPath);
            return;
        }

        await next(context);
    }
}
