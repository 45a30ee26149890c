using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Account.Sso;

/// <summary>
/// Where the handler sends the person after it validated the provider's token. The answer is a page that
/// moves on by itself rather than a redirect: the provider's post makes this request cross-site, and our
/// SameSite=Strict cookies reach only a navigation this site starts.
/// </summary>
[AllowAnonymous]
[StartsSession]
public sealed class CompleteModel(ProviderSignIn providers, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string ContinueUrl { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded
            || external.Properties?.Items.TryGetValue(SignInProviderOptionsSetup.OrganisationKey, out var value) != true
            || !Guid.TryParse(value, out var organisationId))
        {
            return RedirectToPage("/Account/SignIn");
        }

        // The validated token serves one sign-in.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var result = await providers.CompleteAsync(organisationId, external.Principal!, cancellationToken);
        var fields = result.Linked ? new[] { "sso", "sso_linked" } : ["sso"];
        switch (result.Outcome)
        {
            case ProviderSignIn.Outcome.Unknown:
                await audit.RecordAsync(AuditActions.SignInFailed, fields: ["sso", "sso_unknown"], outcome: AuditOutcomes.Refused,
                    userId: result.UserId, subjectId: organisationId, cancellationToken: cancellationToken);
                return RedirectToPage("/Account/Sso/Refused", new { reden = "onbekend" });
            case ProviderSignIn.Outcome.Disabled:
                await audit.RecordAsync(AuditActions.SignInFailed, fields: ["sso", "sso_disabled"], outcome: AuditOutcomes.Refused,
                    userId: result.UserId, subjectId: organisationId, cancellationToken: cancellationToken);
                return RedirectToPage("/Account/Sso/Refused", new { reden = "uitgeschakeld" });
            case ProviderSignIn.Outcome.SignedIn:
                await audit.RecordAsync(AuditActions.SignInSucceeded, fields: fields, userId: result.UserId, subjectId: organisationId,
                    cancellationToken: cancellationToken);
                ContinueUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
                break;
            case ProviderSignIn.Outcome.NeedsCode:
                ContinueUrl = Url.Page("/Account/SecondFactor", new { ReturnUrl })!;
                break;
            default:
                ContinueUrl = Url.Page("/Account/LinkAuthenticator", new { ReturnUrl })!;
                break;
        }

        if (result.Linked && result.Outcome != ProviderSignIn.Outcome.SignedIn)
        {
            await audit.RecordAsync(AuditActions.AccountChanged, fields: ["sso_linked"], userId: result.UserId, subjectId: result.UserId,
                cancellationToken: cancellationToken);
        }

        Response.Headers["Refresh"] = "0;url=" + ContinueUrl;
        return Page();
    }
}
