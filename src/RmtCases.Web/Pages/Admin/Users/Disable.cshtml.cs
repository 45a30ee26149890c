using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin.Users;

/// <summary>
/// The confirmation page before an account is disabled: it ends every session of the user at once, so the
/// administrator sees whom it concerns and what happens before the warning button. The change itself is the
/// account page's Disable handler, one routine for both.
/// </summary>
public sealed class DisableModel(Admission admission, RmtDbContext db) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public Guid Id { get; private set; }

    public string DisplayName { get; private set; } = "";

    public string Organisation { get; private set; } = "";

    public bool AlreadyDisabled { get; private set; }

    public bool IsSelf { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Id, u.DisplayName, Organisation = u.Organisation!.Name, u.IsDisabled })
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        (Id, DisplayName, Organisation, AlreadyDisabled) = (account.Id, account.DisplayName, account.Organisation, account.IsDisabled);
        IsSelf = account.Id == admission.Actor.UserId;
        return Page();
    }
}
