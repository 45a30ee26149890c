using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Exchange;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Pages.WageValue;

[Requires(Requirement.AssessWageValue)]
public sealed class ReportModel(Admission admission, RmtDbContext db, AuditLog audit, EncryptedExports exports, ExportCap cap) : PageModel
{
    public string CapMessage =>
        $"U hebt het afgelopen uur al {cap.MaxPerHour} rapportages gemaakt. Dat is het maximum. Probeer het later opnieuw "
        + "of neem contact op met functioneel beheer.";

    public const string DraftMessage = "Een rapportage wordt alleen gemaakt van een definitieve versie. Maak de meting eerst definitief.";

    [BindProperty]
    public ReportRecipient? Recipient { get; set; }

    public Guid Id { get; private set; }
    public int VersionNumber { get; private set; }
    public bool IsSuperseded { get; private set; }
    public bool CanReport { get; private set; }

    /// <summary>Shown once, on the response to the POST; never stored.</summary>
    public string? Password { get; private set; }
    public string? DownloadUrl { get; private set; }
    public string? ReportTitle { get; private set; }
    public string? Reference { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: false, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        Show(assessment);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: false, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        Show(assessment);
        if (!CanReport)
        {
            return Page();
        }

        if (Recipient is not { } recipient || !Enum.IsDefined(recipient))
        {
            // Replaces the binder's English message for a value that is not one of the choices.
            ModelState.Clear();
            ModelState.AddModelError(nameof(Recipient), "Kies voor wie de rapportage is.");
            return Page();
        }

        var municipality = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == assessment.MunicipalityOrganisationId)
            .Select(o => o.Name)
            .SingleAsync(cancellationToken);
        // The decision is the municipality's own; the worker and the employer are not organisations in the
        // system, so the assessor's organisation stands as the one that sends it to them. No RMT categories a–g:
        // wage value is a processing of its own.
        var request = new ExportRequest(
            WageValueReports.Kind(recipient), assessment.ParticipantId, assessment.RegionId,
            recipient == ReportRecipient.Decision ? assessment.MunicipalityOrganisationId : actor.OrganisationId,
            WageValueReports.Purpose(recipient), [])
        {
            WageValueAssessmentId = assessment.Id,
            FileName = reference => WageValueReports.FileName(reference, assessment.VersionNumber, recipient),
        };
        var export = await exports.CreateAsync(
            actor, request, (reference, _) => WageValueReports.Build(assessment, recipient, reference, municipality), cancellationToken);
        if (export is null)
        {
            await audit.RecordAsync(
                AuditActions.ExportRefused, assessment.ParticipantId, fields: ["exports_per_hour"], outcome: AuditOutcomes.Refused,
                subjectId: assessment.Id, cancellationToken: cancellationToken);
            ModelState.AddModelError("", CapMessage);
            return Page();
        }

        Password = export.Password;
        DownloadUrl = export.DownloadUrl;
        ReportTitle = WageValueReports.Title(recipient);
        Reference = export.Reference;
        return Page();
    }

    private void Show(WageValueAssessment assessment)
    {
        Id = assessment.Id;
        VersionNumber = assessment.VersionNumber;
        IsSuperseded = assessment.Status == AssessmentStatus.Superseded;
        CanReport = assessment.Status != AssessmentStatus.Draft;
        if (!CanReport)
        {
            ModelState.AddModelError("", DraftMessage);
        }
    }
}
