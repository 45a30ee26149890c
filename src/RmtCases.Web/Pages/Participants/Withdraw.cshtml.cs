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

/// <summary>Participation is voluntary: the participant can end it at any time, after which the file is frozen and erased.</summary>
[Requires(Requirement.Edit, Category = Category.Person)]
public sealed class WithdrawModel(CaseFiles files) : PageModel
{
    [BindProperty]
    public WithdrawInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    public string Name { get; private set; } = "";

    public bool ReadOnly { get; private set; }

    public int GraceDays { get; private set; }

    /// <summary>Set by the confirmation page's button: the first valid post only shows what will happen.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>The input is valid and the confirmation page is shown.</summary>
    public bool Confirming { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public DateOnly ErasureOn { get; private set; }

    public IReadOnlyList<SelectListItem> ReasonOptions { get; } = FormRules.Options<WithdrawalReason>(r => r.Label());

    public sealed record WithdrawInput
    {
        [Display(Name = "Datum van beëindiging")]
        public string? On { get; set; }

        [Display(Name = "Reden")]
        public WithdrawalReason? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var current = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Person, p.Version, p.Status }).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        Name = current.Person.FullName;
        Version = current.Version;
        Input.On = Show.Iso(files.Today);
        GraceDays = files.WithdrawalGraceDays;
        ReadOnly = current.Status == ParticipantStatus.Withdrawn;
        if (ReadOnly)
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

        Name = participant.Person.FullName;
        GraceDays = files.WithdrawalGraceDays;
        if (participant.IsWithdrawn)
        {
            ReadOnly = true;
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var errors = new FormRules.Errors();
        if (errors.Date(Input.On, nameof(WithdrawInput.On), "Vul de datum in waarop de deelname eindigt.") is { } on)
        {
            if (on > files.Today)
            {
                errors.Add(nameof(WithdrawInput.On), "De datum van beëindiging kan niet in de toekomst liggen.");
            }
            else if (on < participant.ParticipationAgreedOn)
            {
                errors.Add(nameof(WithdrawInput.On), "De datum van beëindiging kan niet voor de datum van instemming liggen.");
            }
        }

        if (Input.Reason is null || !Enum.IsDefined(Input.Reason.Value))
        {
            errors.Add(nameof(WithdrawInput.Reason), "Kies de reden van beëindiging.");
        }

        ModelState.AddErrors(nameof(Input), errors.List);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        _ = FormRules.TryParseDate(Input.On, out var withdrawnOn);
        if (!Confirmed)
        {
            // A warning and a confirmation page before what cannot be edited afterwards (GOV.UK, NL Design System).
            Confirming = true;
            EndsOn = withdrawnOn;
            ErasureOn = files.ErasureDate(withdrawnOn);
            return Page();
        }

        files.ExpectVersion(participant, Version);
        participant.Withdraw(withdrawnOn, Input.Reason!.Value);
        files.Audit(AuditActions.ParticipantWithdrawn, id, fields: ["Status", "WithdrawnOn", "WithdrawalReason"]);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{id}");
        }
        catch (DbUpdateConcurrencyException)
        {
            var (version, withdrawn) = await files.CurrentStateAsync(id, cancellationToken);
            ModelState.AddModelError(string.Empty, withdrawn
                ? CaseFiles.WithdrawnMessage
                : "Iemand anders heeft dit dossier intussen gewijzigd. De deelname is niet beëindigd; controleer het dossier en probeer het opnieuw.");
            ModelState.Remove(nameof(Version));
            Version = version;
            ReadOnly = withdrawn;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }
}
