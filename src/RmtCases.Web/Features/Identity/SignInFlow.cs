using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RmtCases.Web.Data;

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
    IOptions<IdentityOptions> identity,
    RmtDbContext db,
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
            // Same answer, the same lockout and the same hashing work as for an account: neither the page
            // nor its response time may reveal which addresses have (enabled) accounts.
            SpendHashingWork(password);
            return new(await AddressFailedAsync(email) ? PasswordOutcome.LockedOut : PasswordOutcome.Failed, user?.Id);
        }

        // A locked account is refused before its password is checked; spend the work all the same.
        var lockedBefore = await users.IsLockedOutAsync(user);
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            if (lockedBefore)
            {
                SpendHashingWork(password);
            }

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

    /// <summary>
    /// The organisation's provider vouched for the person (<see cref="ProviderSignIn"/>). Its second factor
    /// counts when the token showed one; otherwise the local authenticator is asked, as after a password.
    /// </summary>
    public async Task<PasswordOutcome> ProviderVerifiedAsync(AppUser user, Guid organisationId, bool secondFactorDone)
    {
        var provider = new Claim(RmtClaims.SignInProvider, organisationId.ToString());
        if (secondFactorDone || !TwoFactorRequired)
        {
            await SignInSessionAsync(user, secondFactorDone ? "mfa" : "pwd", provider);
            return PasswordOutcome.SignedIn;
        }

        await Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Id.ToString()), provider], IdentityConstants.TwoFactorUserIdScheme)));
        return user.TwoFactorEnabled ? PasswordOutcome.NeedsCode : PasswordOutcome.NeedsEnrolment;
    }

    public async Task CompleteAsync(AppUser user)
    {
        // A first step through the organisation's provider stays known to the session, for signing out there.
        var pending = await Context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        var provider = pending.Principal?.FindFirst(RmtClaims.SignInProvider);
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await SignInSessionAsync(user, TwoFactorRequired ? "mfa" : "pwd", provider is null ? null : new Claim(RmtClaims.SignInProvider, provider.Value));
    }

    private async Task SignInSessionAsync(AppUser user, string amr, Claim? provider)
    {
        var properties = new AuthenticationProperties { IsPersistent = false };
        properties.Items[AbsoluteSessionLimit.SignedInAtKey] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        Claim[] claims = provider is null ? [new Claim("amr", amr)] : [new Claim("amr", amr), provider];
        await signIn.SignInWithClaimsAsync(user, properties, claims);
    }

    /// <summary>
    /// Counts a failure for an address without an enabled account as Identity counts one for an account:
    /// the attempt that reaches the limit locks, the count starts again after the lockout, and a locked
    /// address stays locked until its end. One statement, so instances sharing the database agree, and one
    /// round trip, as an account's failure costs one update.
    /// </summary>
    private async Task<bool> AddressFailedAsync(string email)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant()));
        var now = time.GetUtcNow();
        var lockout = identity.Value.Lockout;
        var lockoutEnd = now + lockout.DefaultLockoutTimeSpan;
        var max = Math.Max(lockout.MaxFailedAccessAttempts, 2);
        // A count Identity would still hold for an account is kept a month; older ones say nothing about guessing.
        var stale = now.AddDays(-30);
        var locked = await db.Database.SqlQuery<bool>($"""
            WITH forgotten AS (DELETE FROM sign_in_address_lockouts WHERE last_failure_at < {stale} AND address_hash <> {hash})
            INSERT INTO sign_in_address_lockouts AS l (address_hash, failed_count, lockout_end, last_failure_at)
            VALUES ({hash}, 1, NULL, {now})
            ON CONFLICT (address_hash) DO UPDATE SET
                failed_count = CASE WHEN l.lockout_end > {now} THEN l.failed_count
                                    WHEN l.failed_count + 1 >= {max} THEN 0 ELSE l.failed_count + 1 END,
                lockout_end = CASE WHEN l.lockout_end > {now} THEN l.lockout_end
                                   WHEN l.failed_count + 1 >= {max} THEN {lockoutEnd} ELSE l.lockout_end END,
                last_failure_at = {now}
            RETURNING coalesce(l.lockout_end > {now}, false) AS "Value"
            """).ToListAsync();
        return locked.Single();
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
