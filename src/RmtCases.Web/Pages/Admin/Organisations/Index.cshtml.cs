using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin.Organisations;

public sealed class IndexModel(RmtDbContext db) : PageModel
{
    public sealed record OrganisationRow(Guid Id, string Name, OrganisationType Type, string Region, int Users, bool HasSignInProvider);

    public IReadOnlyList<OrganisationRow> Organisations { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "aangemaakt")]
    public bool Created { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Region!.Name).ThenBy(o => o.Name)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.Type, o.Region!.Name, db.Users.Count(u => u.OrganisationId == o.Id), db.SignInProviders.Any(p => p.OrganisationId == o.Id)))
            .ToListAsync(cancellationToken);
}
