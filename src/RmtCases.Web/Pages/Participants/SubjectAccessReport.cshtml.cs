using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Exchange;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// GDPR art. 15, the participant's right of access: one encrypted PDF with all data held, to whom it was
/// disclosed and which organisations viewed or changed it, made through the same pipeline as an exchange.
/// Only gemeente and UWV make it, because it holds category g (AP z2021-2117).
/// </summary>
[Requires(Requirement.SubjectAccessReport)]
public sealed class SubjectAccessReportModel(
    CaseFiles files,
    RmtDbContext db,
    AuditLog audit,
    ExportHistory history,
    ExportCap cap,
    EncryptedExports exports) : PageModel
{
    public sealed record InputModel
    {
        /// <summary>Art. 12(6): the data goes to the person it is about, so whoever hands it over checks who asks.</summary>
        [Display(Name = "Ik heb vastgesteld dat de aanvrager de deelnemer zelf is")]
        public bool IdentityVerified { get; set; }
    }

    public sealed record ReportResult(string Reference, string Password, string DownloadUrl, DateTimeOffset ExpiresAt);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid ParticipantId { get; private set; }
    public string ParticipantName { get; private set; } = "";
    public bool CapReached { get; private set; }
    public string CapMessage =>
        $"U hebt het afgelopen uur al {cap.MaxPerHour} keer gegevens gedeeld of een inzageverzoek uitgevoerd. Dat is het maximum. "
        + "Probeer het later opnieuw of neem contact op met functioneel beheer.";
    public ReportResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (actor, head) = await LoadAsync(id, cancellationToken);
        if (head is null)
        {
            return NotFound();
        }

        CapReached = await cap.IsReachedAsync(actor.UserId, cancellationToken);
        await audit.RecordAsync(AuditActions.ParticipantViewed, id, [Category.Person], ["name"], cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (actor, head) = await LoadAsync(id, cancellationToken);
        if (head is null)
        {
            return NotFound();
        }

        if (!Input.IdentityVerified)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.IdentityVerified)}", "Stel eerst vast dat de aanvrager de deelnemer zelf is, en vink dat aan.");
            return Page();
        }

        if (await cap.IsReachedAsync(actor.UserId, cancellationToken))
        {
            return await RefuseOverCapAsync(id, cancellationToken);
        }

        var categories = files.Policy.VisibleCategories(actor);
        var producedBy = await db.Organisations.AsNoTracking().Where(o => o.Id == actor.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        // The report is the participant's own data: every row the producing gemeente or UWV holds.
        var content = await ExchangeContentLoader.LoadAsync(db, id, categories, actor.OrganisationType, actor.OrganisationId, cancellationToken);
        var disclosures = await history.ForParticipantAsync(id, cancellationToken);
        var accesses = await SubjectAccessReport.AccessesAsync(db, id, cancellationToken);

        // The participant is no organisation: the producing organisation stands as recipient, the purpose says why.
        var export = await exports.CreateAsync(
            actor,
            new ExportRequest(ExportKind.SubjectAccessReport, id, head.Value.RegionId, actor.OrganisationId, ExportPurpose.SubjectAccessRequest, categories),
            (reference, now) => SubjectAccessReport.Build(reference, producedBy, now, content, disclosures, accesses),
            cancellationToken);
        if (export is null)
        {
            return await RefuseOverCapAsync(id, cancellationToken);
        }

        Result = new ReportResult(export.Reference, export.Password, export.DownloadUrl, export.ExpiresAt);
        return Page();
    }

    private async Task<IActionResult> RefuseOverCapAsync(Guid participantId, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(
            AuditActions.ExportRefused, participantId, fields: ["exports_per_hour"], outcome: AuditOutcomes.Refused, cancellationToken: cancellationToken);
        CapReached = true;
        ModelState.AddModelError("", CapMessage);
        return Page();
    }

    /// <summary>The participant the gate admitted; null only when the file went meanwhile.</summary>
    private async Task<(Actor Actor, (int RegionId, string Name)? Head)> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        ParticipantId = id;
        var head = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.RegionId, p.Person.GivenNames, p.Person.Infix, p.Person.Surname })
            .SingleOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return (actor, null);
        }

        ParticipantName = PersonDetails.JoinName(head.GivenNames, head.Infix, head.Surname);
        return (actor, (head.RegionId, ParticipantName));
    }
}
