using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// Password first, then the authenticator code. A correct password alone only yields a short-lived
/// "second step pending" cookie, never a session.
/// </summary>
public sealed class SignInFlow(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IHttpContextAccessor http,
    IOptions<SignInSecurityOptions> options,
    TimeProvider time)
{
    public enum PasswordOutcome
    {
        Failed,
        LockedOut,
        SignedIn,
        NeedsCode,
        NeedsEnrolment,
    }

    /// <summary>The outcome, and the account it concerns when one matched (for the audit trail; never the typed e-mail).</summary>
    public sealed record PasswordResult(PasswordOutcome Outcome, Guid? UserId);

    public bool TwoFactorRequired => options.Value.RequireTwoFactor;

    public async Task<PasswordResult> CheckPasswordAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled)
        {
            // Same answer, and the same hashing work, as a wrong password: neither the page nor its
            // response time may reveal which addresses have (enabled) accounts.
            SpendHashingWork(password);
            return new(PasswordOutcome.Failed, user?.Id);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return new(PasswordOutcome.LockedOut, user.Id);
        }

        if (!result.Succeeded)
        {
            return new(PasswordOutcome.Failed, user.Id);
        }

        if (!TwoFactorRequired)
        {
            await CompleteAsync(user);
            return new(PasswordOutcome.SignedIn, user.Id);
        }

        await Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Id.ToString())], IdentityConstants.TwoFactorUserIdScheme)));
        return new(user.TwoFactorEnabled ? PasswordOutcome.NeedsCode : PasswordOutcome.NeedsEnrolment, user.Id);
    }

    /// <summary>The user who passed the password step in this browser, if any.</summary>
    public async Task<AppUser?> PendingUserAsync()
    {
        var result = await Context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        var id = result.Principal?.FindFirstValue(ClaimTypes.Name);
        var user = id is null ? null : await users.FindByIdAsync(id);
        return user is { IsDisabled: false } ? user : null;
    }

    public async Task CompleteAsync(AppUser user)
    {
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        var properties = new AuthenticationProperties { IsPersistent = false };
        properties.Items[AbsoluteSessionLimit.SignedInAtKey] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var amr = TwoFactorRequired ? "mfa" : "pwd";
        await signIn.SignInWithClaimsAsync(user, properties, [new Claim("amr", amr)]);
    }

    private static string? _timingHash;

    private void SpendHashingWork(string password)
    {
        var nobody = new AppUser { DisplayName = "" };
        _timingHash ??= users.PasswordHasher.HashPassword(nobody, Guid.NewGuid().ToString());
        users.PasswordHasher.VerifyHashedPassword(nobody, _timingHash, password);
    }

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("No HTTP context.");
}
