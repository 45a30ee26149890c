using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin.Users;

/// <summary>What creating and resetting an account share.</summary>
internal static class AccountLinks
{
    /// <summary>
    /// A one-time link to set a password. It is shown once to the administrator to hand over, never
    /// mailed and never stored: the token binds to the security stamp, so setting a password (or any
    /// later account change) makes it fail. Generate it after the last change to the account.
    /// </summary>
    public static async Task<string> PasswordLinkAsync(UserManager<AppUser> users, IUrlHelper url, AppUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var path = url.Page("/Account/SetPassword", values: new { gebruiker = user.Id, token })
            ?? throw new InvalidOperationException("The set-password page has no route.");
        // On the configured public address: the request's Host header is the sender's to choose.
        return url.ActionContext.HttpContext.RequestServices.GetRequiredService<Features.Hosting.PublicUrls>().Absolute(path);
    }

    /// <summary>
    /// Ends every session of the account at once, on every instance: sessions live in auth_sessions,
    /// so a copy of the cookie finds nothing, and the deletion's notification empties every instance's
    /// session cache on commit (this one's at once). The new security stamp also refuses any ticket that
    /// survived elsewhere, at its next validation.
    /// </summary>
    public static async Task EndSessionsAsync(RmtDbContext db, SessionCache sessions, Guid userId, CancellationToken cancellationToken)
    {
        sessions.RevokeUser(userId);
        await db.AuthSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
