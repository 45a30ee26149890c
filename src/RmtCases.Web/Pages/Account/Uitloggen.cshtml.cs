using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Account;

[AllowAnonymous]
public sealed class UitloggenModel(SignInManager<AppUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>Removes the server-side session, so a copy of the old cookie is useless too.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
