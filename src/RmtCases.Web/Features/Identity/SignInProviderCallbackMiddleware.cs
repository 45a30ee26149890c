namespace RmtCases.Web.Features.Identity;

/// <summary>
/// A provider's answer may reach another instance than the one that sent the person there, or one that
/// restarted since: the organisation's scheme is made current before authentication looks for a handler.
/// </summary>
public sealed class SignInProviderCallbackMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SignInProviderSchemes schemes)
    {
        if (SignInProviderSchemes.OrganisationOfCallback(context.Request.Path) is { } organisationId)
        {
            await schemes.EnsureAsync(organisationId, context.RequestAborted);
        }

        await next(context);
    }
}
