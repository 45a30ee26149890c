using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// Undoes an ended participation, for a withdrawal recorded by mistake or a participant who comes back:
/// possible until the erasure date, since until then nothing is gone. Confirmed on its own page and audited.
/// </summary>
[Requires(Requirement.Edit, Category = Category.Person)]
public sealed class RestoreModel(CaseFiles files) : PageModel
{
    public const string TooLateMessage = "De gegevens van deze deelnemer worden gewist of zijn gewist. De beëindiging kan niet meer ongedaan worden gemaakt.";

    [BindProperty]
    public uint Version { get; set; }

    public string Name { get; private set; } = "";

    public DateOnly WithdrawnOn { get; private set; }

    public DateOnly ErasureOn { get; private set; }

    public bool Possible { get; private set; }

    /// <summary>The participation is not ended: nothing to undo.</summary>
    public bool Running => WithdrawnOn == default;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var current = await files.Visible(files.Actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Person, p.Version, p.Status, p.WithdrawnOn }).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        Name = current.Person.FullName;
        Version = current.Version;
        if (current.Status == ParticipantStatus.Withdrawn && current.WithdrawnOn is { } withdrawnOn)
        {
            Describe(withdrawnOn);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var participant = await files.LoadForEditAsync(null, cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        if (!participant.IsWithdrawn || participant.WithdrawnOn is not { } withdrawnOn)
        {
            return this.RedirectSaved($"/deelnemers/{id}");
        }

        Name = participant.Person.FullName;
        Describe(withdrawnOn);
        if (!Possible)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        files.ExpectVersion(participant, Version);
        participant.Restore();
        files.Audit(AuditActions.ParticipantRestored, id, fields: ["Status", "WithdrawnOn", "WithdrawalReason"]);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{id}");
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Iemand anders heeft dit dossier intussen gewijzigd. Er is niets hersteld; controleer het dossier en probeer het opnieuw.");
            ModelState.Remove(nameof(Version));
            Version = (await files.CurrentStateAsync(id, cancellationToken)).Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    private void Describe(DateOnly withdrawnOn)
    {
        WithdrawnOn = withdrawnOn;
        ErasureOn = files.ErasureDate(withdrawnOn);
        Possible = files.Today < ErasureOn;
        if (!Possible)
        {
            ModelState.AddModelError(string.Empty, TooLateMessage);
        }
    }
}
