using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Account;

[AllowAnonymous]
public sealed class InloggenModel(SignInFlow flow, SignInRateLimiter limiter) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vul uw wachtwoord in.")]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!limiter.TryAcquire(HttpContext.Connection.RemoteIpAddress?.ToString(), Input.Email))
        {
            ModelState.AddModelError("", "Te veel inlogpogingen. Wacht een minuut en probeer het opnieuw.");
            return Page();
        }

        switch (await flow.CheckPasswordAsync(Input.Email, Input.Password))
        {
            case SignInFlow.PasswordOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInFlow.PasswordOutcome.NeedsCode:
                return RedirectToPage("TweedeStap", new { ReturnUrl });
            case SignInFlow.PasswordOutcome.NeedsEnrolment:
                return RedirectToPage("AuthenticatorKoppelen", new { ReturnUrl });
            case SignInFlow.PasswordOutcome.LockedOut:
                ModelState.AddModelError("", "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.");
                return Page();
            default:
                ModelState.AddModelError("", "Het e-mailadres of het wachtwoord klopt niet.");
                return Page();
        }
    }
}
