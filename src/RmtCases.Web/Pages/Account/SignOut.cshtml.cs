using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignOutModel(
    SignInManager<AppUser> signIn, AuditLog audit, SignInProviderSchemes schemes, IOptionsMonitor<OpenIdConnectOptions> oidc,
    IOptions<HostingOptions> hosting, ILogger<SignOutModel> logger) : PageModel
{
    /// <summary>The organisation whose provider started the session just ended.</summary>
    [BindProperty(SupportsGet = true, Name = "organisatie")]
    public Guid? Organisation { get; set; }

    /// <summary>The provider's end-session endpoint (RP-Initiated Logout 1.0), offered, not forced.</summary>
    public string? EndSessionUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Organisation is not { } organisationId || await schemes.EnsureAsync(organisationId, cancellationToken) is not { } scheme)
        {
            return;
        }

        var options = oidc.Get(scheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            if (string.IsNullOrEmpty(configuration.EndSessionEndpoint))
            {
                return;
            }

            var query = new Dictionary<string, string?> { ["client_id"] = options.ClientId };
            if (hosting.Value.PublicBaseUrl is { } publicBase)
            {
                query["post_logout_redirect_uri"] = new Uri(publicBase, "/account/uitloggen").AbsoluteUri;
            }

            EndSessionUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(configuration.EndSessionEndpoint, query);
        }
        catch (InvalidOperationException e)
        {
            // The provider is unreachable: signing out here is done all the same.
            logger.LogWarning("No end-session endpoint for organisation {OrganisationId}: {FailureType}", organisationId, e.GetType().Name);
        }
    }

    /// <summary>Removes the server-side session, so a copy of the old cookie is useless too.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Guid? provider = Guid.TryParse(User.FindFirst(RmtClaims.SignInProvider)?.Value, out var id) ? id : null;
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(AuditActions.SignOut, cancellationToken: cancellationToken);
        }

        await signIn.SignOutAsync();
        return RedirectToPage(new { organisatie = provider });
    }
}
