using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Account;

/// <summary>
/// Where a new or reset user sets a password with the one-time link an administrator handed over.
/// The link's token binds to the security stamp, which setting the password changes: it works once.
/// </summary>
[AllowAnonymous]
public sealed class SetPasswordModel(UserManager<AppUser> users, AuditLog audit) : PageModel
{
    public sealed class InputModel
    {
        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }

        /// <summary>Both typed, and the same; whether the password is strong enough is Identity's to say.</summary>
        public void Validate(FormRules.Errors errors)
        {
            errors.Require(Password, nameof(Password), "Vul een nieuw wachtwoord in.");
            errors.Require(ConfirmPassword, nameof(ConfirmPassword), "Herhaal het nieuwe wachtwoord.");
            if (!errors.Any && Password != ConfirmPassword)
            {
                errors.Add(nameof(ConfirmPassword), "De twee wachtwoorden zijn niet gelijk.");
            }
        }
    }

    [BindProperty(SupportsGet = true, Name = "gebruiker")]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkValid { get; private set; }

    public int MinimumLength => users.Options.Password.RequiredLength;

    public async Task OnGetAsync() => LinkValid = await FindUserAsync() is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await FindUserAsync();
        LinkValid = user is not null;
        if (user is null)
        {
            return Page();
        }

        var errors = new FormRules.Errors(ModelState.Unread(nameof(Input)));
        Input.Validate(errors);
        ModelState.AddErrors(nameof(Input), errors.List);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token!, Input.Password!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                LinkValid = false;
                return Page();
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }

            return Page();
        }

        await audit.RecordAsync(AuditActions.AccountChanged, fields: ["password"], userId: user.Id, subjectId: user.Id, cancellationToken: cancellationToken);
        return Redirect("/account/inloggen?ingesteld=true");
    }

    /// <summary>The account the link is for, if the link is still good; a disabled account gets nothing.</summary>
    private async Task<AppUser?> FindUserAsync()
    {
        if (UserId is not { } id || string.IsNullOrEmpty(Token))
        {
            return null;
        }

        var user = await users.FindByIdAsync(id.ToString());
        return user is { IsDisabled: false }
            && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, Token)
            ? user
            : null;
    }
}
