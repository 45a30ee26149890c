using Microsoft.AspNetCore.Identity;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin.Users;

/// <summary>
/// What Identity changes when an administrator lifts a lockout or resets an account. A failed step throws, so
/// the caller's transaction rolls back and the error page tells the administrator to try again.
/// </summary>
public static class AccountCredentials
{
    public static async Task UnlockAsync(UserManager<AppUser> users, AppUser user)
    {
        await Succeed(users.SetLockoutEndDateAsync(user, null));
        await Succeed(users.ResetAccessFailedCountAsync(user));
    }

    /// <summary>
    /// The old password goes too: otherwise whoever knows it could enrol their own authenticator before the
    /// rightful user uses the link.
    /// </summary>
    public static async Task ResetAsync(UserManager<AppUser> users, AppUser user)
    {
        await Succeed(users.RemovePasswordAsync(user));
        await Succeed(users.ResetAuthenticatorKeyAsync(user));
        await Succeed(users.SetTwoFactorEnabledAsync(user, false));
        await UnlockAsync(users, user);
    }

    private static async Task Succeed(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Account change failed: " + string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }
}
