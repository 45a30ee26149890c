using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin.Users;

public sealed class IndexModel(RmtDbContext db) : PageModel
{
    public sealed record UserRow(
        Guid Id, string DisplayName, string? Email, string Organisation, Role Role, bool IsDisabled, bool IsLockedOut);

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Identity enforces lockouts against the system clock, not TimeProvider; show what it enforces.
        var now = DateTimeOffset.UtcNow;
        Users = await db.Users.AsNoTracking()
            .OrderBy(u => u.Organisation!.Name).ThenBy(u => u.DisplayName)
            .Select(u => new UserRow(
                u.Id, u.DisplayName, u.Email, u.Organisation!.Name, u.Role, u.IsDisabled,
                u.LockoutEnd != null && u.LockoutEnd > now))
            .ToListAsync(cancellationToken);
    }
}
