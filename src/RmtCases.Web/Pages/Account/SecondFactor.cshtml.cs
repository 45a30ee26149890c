using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Account;

[AllowAnonymous]
[StartsSession]
public sealed class SecondFactorModel(SignInFlow flow, TotpVerifier totp, UserManager<AppUser> users, AuditLog audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await flow.PendingUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await flow.PendingUserAsync();
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }

        if (await users.IsLockedOutAsync(user))
        {
            await audit.RecordAsync(AuditActions.SignInFailed, fields: ["code"], outcome: AuditOutcomes.Refused, userId: user.Id, cancellationToken: cancellationToken);
            ModelState.AddModelError(nameof(Code), "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.");
            return Page();
        }

        if (!await totp.VerifyAndConsumeAsync(user, Code))
        {
            // Wrong second-factor codes count towards the lockout, like wrong passwords.
            await users.AccessFailedAsync(user);
            await audit.RecordAsync(AuditActions.SignInFailed, fields: ["code"], outcome: AuditOutcomes.Failed, userId: user.Id, cancellationToken: cancellationToken);
            ModelState.AddModelError(nameof(Code), "Deze code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.");
            return Page();
        }

        await users.ResetAccessFailedCountAsync(user);
        await flow.CompleteAsync(user);
        await audit.RecordAsync(AuditActions.SignInSucceeded, fields: ["code", "password"], userId: user.Id, cancellationToken: cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
