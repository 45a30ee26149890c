using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;

namespace RmtCases.Web.Pages.Admin.Users;

/// <summary>One account as the administration shows it: who, where, and the state of its sign-in.</summary>
public sealed record AccountView(
    Guid Id, string DisplayName, string? Email, string Organisation, OrganisationType OrganisationType, string Region,
    Role Role, bool IsDisabled, bool IsLockedOut, bool AuthenticatorEnrolled, bool HasPassword, DateTimeOffset CreatedAt)
{
    public static Task<AccountView?> FindAsync(RmtDbContext db, Guid id, CancellationToken cancellationToken)
    {
        // Identity enforces lockouts against the system clock, not TimeProvider; show what it enforces.
        var now = DateTimeOffset.UtcNow;
        return db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new AccountView(
                u.Id, u.DisplayName, u.Email, u.Organisation!.Name, u.Organisation.Type, u.Organisation.Region!.Name,
                u.Role, u.IsDisabled, u.LockoutEnd != null && u.LockoutEnd > now, u.TwoFactorEnabled, u.PasswordHash != null, u.CreatedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
