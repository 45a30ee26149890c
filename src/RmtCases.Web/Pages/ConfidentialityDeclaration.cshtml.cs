using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages;

public sealed class ConfidentialityDeclarationModel(CurrentActor current, RmtDbContext db, IOptions<ConfidentialityOptions> options, TimeProvider time, AuditLog audit) : PageModel
{
    public string Version => options.Value.Version;
    public string Text => options.Value.Text;
    public bool AlreadyAccepted { get; private set; }

    [BindProperty]
    public bool Accept { get; set; }

    // Asked here, not from the actor: the actor carries it only for whoever needs it.
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        AlreadyAccepted = await current.HasAcceptedAsync((await current.RequireAsync(cancellationToken)).UserId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = await current.RequireAsync(cancellationToken);
        if (await current.HasAcceptedAsync(actor.UserId, cancellationToken))
        {
            return Redirect("/");
        }

        if (!Accept)
        {
            ModelState.AddModelError(nameof(Accept), "Vink aan dat u de verklaring hebt gelezen en u eraan houdt.");
            return Page();
        }

        db.ConfidentialityAcceptances.Add(new ConfidentialityAcceptance { UserId = actor.UserId, Version = Version, AcceptedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.DeclarationAccepted, cancellationToken: cancellationToken);
        return Redirect("/");
    }
}
