using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>Moves the route one allowed step (<see cref="RouteRules"/>), dated and audited; an end takes an outcome or a reason from a list.</summary>
[Requires(Requirement.Edit, Category = Category.Mediation)]
public sealed class PhaseModel(CaseFiles files) : PageModel
{
    [BindProperty]
    public PhaseInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    public string Name { get; private set; } = "";

    public RoutePhase Current { get; private set; }

    public IReadOnlyList<SelectListItem> PhaseOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OutcomeOptions { get; } = FormRules.Options<RouteOutcome>(o => o.Label());

    public IReadOnlyList<SelectListItem> ReasonOptions { get; } = FormRules.Options<RouteAbortReason>(r => r.Label());

    public sealed record PhaseInput
    {
        [Display(Name = "Nieuwe fase")]
        public RoutePhase? ToPhase { get; set; }

        [Display(Name = "Resultaat (bij Afgerond)")]
        public RouteOutcome? Outcome { get; set; }

        [Display(Name = "Reden (bij Afgebroken)")]
        public RouteAbortReason? AbortReason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var current = await files.Visible(files.Actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Person, p.Version, p.RoutePhase, p.Status }).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        Describe(current.Person.FullName, current.RoutePhase);
        Version = current.Version;
        if (current.Status == ParticipantStatus.Withdrawn)
        {
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var participant = await files.LoadForEditAsync(null, cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        Describe(participant.Person.FullName, participant.RoutePhase);
        if (Input.ToPhase is null || !Enum.IsDefined(Input.ToPhase.Value))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(PhaseInput.ToPhase)}", "Kies de nieuwe fase.");
            return Page();
        }

        var result = participant.ChangePhase(Input.ToPhase.Value, Input.Outcome, Input.AbortReason, files.Now, actor.OrganisationId, actor.UserId);
        if (!result.IsValid)
        {
            ModelState.AddErrors(nameof(Input), result.Errors);
            if (participant.IsWithdrawn)
            {
                Response.StatusCode = StatusCodes.Status409Conflict;
            }

            return Page();
        }

        files.ExpectVersion(participant, Version);
        files.Audit(AuditActions.RoutePhaseChanged, id, [Category.Mediation], ["RoutePhase"]);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{id}#traject");
        }
        catch (DbUpdateConcurrencyException)
        {
            var (version, _) = await files.CurrentStateAsync(id, cancellationToken);
            ModelState.AddModelError(string.Empty, "Iemand anders heeft dit dossier intussen gewijzigd. De fase is niet gewijzigd; controleer het dossier en probeer het opnieuw.");
            ModelState.Remove(nameof(Version));
            Version = version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    private void Describe(string name, RoutePhase current)
    {
        Name = name;
        Current = current;
        PhaseOptions = RouteRules.NextPhases(current).Select(p => new SelectListItem(p.Label(), p.ToString())).ToList();
    }
}
