using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignOutModel(SignInManager<AppUser> signIn, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>Removes the server-side session, so a copy of the old cookie is useless too.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(AuditActions.SignOut, cancellationToken: cancellationToken);
        }

        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
