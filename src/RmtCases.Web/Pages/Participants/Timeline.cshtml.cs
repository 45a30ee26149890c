using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Casework;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// The case file's history, newest first, filtered by the policy (<see cref="CaseTimeline"/>). Whoever reaches
/// the case file sees it (<see cref="Domain.Access.AccessPolicy.CanSeeTimeline"/>), so the folder's gate is its rule.
/// </summary>
public sealed class TimelineModel(CaseFiles files, RmtDbContext db) : PageModel
{
    public string Name { get; private set; } = "";

    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var person = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id).Select(p => p.Person).SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Name = person.FullName;
        Entries = await CaseTimeline.ForAsync(db, files.Policy, actor, id, cancellationToken);
        files.Audit(AuditActions.ParticipantViewed, id, fields: ["Tijdlijn"]);
        await files.SaveAsync(cancellationToken);
        return Page();
    }
}
