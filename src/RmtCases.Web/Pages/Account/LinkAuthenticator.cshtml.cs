using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Account;

/// <summary>First sign-in: enrol an authenticator app. Reached only after a correct password.</summary>
[AllowAnonymous]
[StartsSession]
public sealed class LinkAuthenticatorModel(SignInFlow flow, TotpVerifier totp, UserManager<AppUser> users, AuditLog audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string QrDataUri { get; private set; } = "";
    public string FormattedKey { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await flow.PendingUserAsync();
        if (user is null || user.TwoFactorEnabled)
        {
            return RedirectToPage("SignIn");
        }

        await users.ResetAuthenticatorKeyAsync(user);
        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await flow.PendingUserAsync();
        if (user is null || user.TwoFactorEnabled)
        {
            return RedirectToPage("SignIn");
        }

        if (await users.IsLockedOutAsync(user))
        {
            // Wrong enrolment codes count towards the lockout too, or this page would be an unlimited guess.
            await audit.RecordAsync(AuditActions.SignInFailed, fields: ["code"], outcome: AuditOutcomes.Refused, userId: user.Id, cancellationToken: cancellationToken);
            ModelState.AddModelError(nameof(Code), "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.");
            await ShowKeyAsync(user);
            return Page();
        }

        if (!await totp.VerifyAndConsumeAsync(user, Code))
        {
            await users.AccessFailedAsync(user);
            await audit.RecordAsync(AuditActions.SignInFailed, fields: ["code"], outcome: AuditOutcomes.Failed, userId: user.Id, cancellationToken: cancellationToken);
            ModelState.AddModelError(nameof(Code), "Deze code klopt niet. Controleer of de app de juiste sleutel gebruikt en vul de nieuwe code in.");
            await ShowKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await users.ResetAccessFailedCountAsync(user);
        await flow.CompleteAsync(user);
        audit.Add(AuditActions.AccountChanged, fields: ["authenticator"], userId: user.Id, subjectId: user.Id);
        await audit.RecordAsync(AuditActions.SignInSucceeded, fields: ["code", "password"], userId: user.Id, cancellationToken: cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private async Task ShowKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        FormattedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(TotpVerifier.EnrolmentUri(key, user.Email ?? ""), QRCodeGenerator.ECCLevel.M);
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}
