using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Account;

[AllowAnonymous]
[StartsSession]
public sealed class SignInModel(SignInFlow flow, SignInRateLimiter limiter, AuditLog audit, ProviderSignIn providers) : PageModel
{
    public sealed class InputModel
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        /// <param name="password">Whether the password step was posted: the address step has no password field.</param>
        public void Validate(FormRules.Errors errors, bool password)
        {
            errors.Require(Email, nameof(Email), "Vul uw e-mailadres in.");
            if (password)
            {
                errors.Require(Password, nameof(Password), "Vul uw wachtwoord in.");
            }
        }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Arrived from setting a password with a one-time link.</summary>
    [BindProperty(SupportsGet = true, Name = "ingesteld")]
    public bool PasswordSet { get; set; }

    /// <summary>The second step: the address belongs to no organisation with its own sign-in.</summary>
    public bool AskPassword { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>
    /// Home-realm discovery by the address's domain, never by account: whether an account exists shows no
    /// more than the password step shows today.
    /// </summary>
    public async Task<IActionResult> OnPostEmailAsync(CancellationToken cancellationToken)
    {
        if (!IsValid(password: false))
        {
            return Page();
        }

        if (await providers.OrganisationForAsync(Input.Email!, cancellationToken) is { } organisationId)
        {
            return RedirectToPage("/Account/Sso/Start", new { id = organisationId, ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        }

        ModelState.Clear();
        AskPassword = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        AskPassword = true;
        if (!IsValid(password: true))
        {
            return Page();
        }

        if (!limiter.TryAcquire(HttpContext.Connection.RemoteIpAddress?.ToString(), Input.Email!))
        {
            // No user id: looking the account up would spend the work the limiter exists to refuse.
            await audit.RecordAsync(AuditActions.SignInFailed, fields: ["rate_limit"], outcome: AuditOutcomes.Refused, cancellationToken: cancellationToken);
            ModelState.AddModelError("", "Te veel inlogpogingen. Wacht een minuut en probeer het opnieuw.");
            return Page();
        }

        var result = await flow.CheckPasswordAsync(Input.Email!, Input.Password!);
        switch (result.Outcome)
        {
            case SignInFlow.PasswordOutcome.SignedIn:
                await audit.RecordAsync(AuditActions.SignInSucceeded, fields: ["password"], userId: result.UserId, cancellationToken: cancellationToken);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInFlow.PasswordOutcome.NeedsCode:
                return RedirectToPage("SecondFactor", new { ReturnUrl });
            case SignInFlow.PasswordOutcome.NeedsEnrolment:
                return RedirectToPage("LinkAuthenticator", new { ReturnUrl });
            case SignInFlow.PasswordOutcome.LockedOut:
                await audit.RecordAsync(AuditActions.SignInFailed, fields: ["password"], outcome: AuditOutcomes.Refused, userId: result.UserId, cancellationToken: cancellationToken);
                ModelState.AddModelError("", "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.");
                return Page();
            default:
                await audit.RecordAsync(AuditActions.SignInFailed, fields: ["password"], outcome: AuditOutcomes.Failed, userId: result.UserId, cancellationToken: cancellationToken);
                ModelState.AddModelError("", "Het e-mailadres of het wachtwoord klopt niet.");
                return Page();
        }
    }

    private bool IsValid(bool password)
    {
        var errors = new FormRules.Errors(ModelState.Unread(nameof(Input)));
        Input.Validate(errors, password);
        ModelState.AddErrors(nameof(Input), errors.List);
        return ModelState.IsValid;
    }
}
