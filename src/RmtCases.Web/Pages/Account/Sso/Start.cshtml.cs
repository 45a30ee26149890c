using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Account.Sso;

/// <summary>
/// Between the address form and the provider. The form's Content-Security-Policy allows posting to this
/// site only, redirects after the post included; from this page's own navigation the challenge may leave.
/// </summary>
[AllowAnonymous]
public sealed class StartModel(SignInProviderSchemes schemes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string ContinueUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await schemes.EnsureAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        ContinueUrl = Url.Page("/Account/Sso/Start", "Challenge", new { id, ReturnUrl = LocalReturnUrl })!;
        Response.Headers["Refresh"] = "0;url=" + ContinueUrl;
        return Page();
    }

    public async Task<IActionResult> OnGetChallengeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await schemes.EnsureAsync(id, cancellationToken) is not { } scheme)
        {
            return NotFound();
        }

        var properties = new AuthenticationProperties
        {
            RedirectUri = Url.Page("/Account/Sso/Complete", new { ReturnUrl = LocalReturnUrl }),
        };
        properties.Items[SignInProviderOptionsSetup.OrganisationKey] = id.ToString();
        return Challenge(properties, scheme);
    }

    private string? LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
}
