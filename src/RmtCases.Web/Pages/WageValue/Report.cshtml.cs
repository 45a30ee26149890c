using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Pdf;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Pages.WageValue;

[Requires(Requirement.AssessWageValue)]
public sealed class ReportModel(Admission admission, RmtDbContext db, AuditLog audit, TimeProvider time) : PageModel
{
    public static readonly TimeSpan DownloadLifetime = TimeSpan.FromMinutes(5);
    public const string DraftMessage = "Een rapportage wordt alleen gemaakt van een definitieve versie. Maak de meting eerst definitief.";

    [BindProperty]
    public ReportRecipient? Recipient { get; set; }

    public Guid Id { get; private set; }
    public int VersionNumber { get; private set; }
    public bool IsSuperseded { get; private set; }
    public bool CanReport { get; private set; }

    /// <summary>Shown once, on the response to the POST; never stored.</summary>
    public string? Password { get; private set; }
    public Guid? DownloadId { get; private set; }
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
        var reference = NewReference();
        var pdf = PdfRenderer.Render(WageValueReports.Build(assessment, recipient, reference, municipality));
        var password = ExportPassword.Generate();
        var encrypted = QpdfEncryptor.Encrypt(pdf, password);

        var record = new ExportRecord
        {
            Reference = reference,
            Kind = WageValueReports.Kind(recipient),
            SenderUserId = actor.UserId,
            SenderOrganisationId = actor.OrganisationId,
            // The decision is the municipality's own; the worker and the employer are not organisations
            // in the system, so the assessor's organisation stands as the one that sends it to them.
            RecipientOrganisationId = recipient == ReportRecipient.Decision ? assessment.MunicipalityOrganisationId : actor.OrganisationId,
            ParticipantId = assessment.ParticipantId,
            WageValueAssessmentId = assessment.Id,
            RegionId = assessment.RegionId,
            Purpose = WageValueReports.Purpose(recipient),
            // No RMT categories a–g: wage value is a processing of its own.
            Categories = "",
            CreatedAt = time.GetUtcNow(),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(encrypted)),
            SizeBytes = encrypted.LongLength,
        };
        var download = new PendingDownload
        {
            UserId = actor.UserId,
            ExportRecordId = record.Id,
            FileName = WageValueReports.FileName(reference, assessment.VersionNumber, recipient),
            Content = encrypted,
            ExpiresAt = record.CreatedAt + DownloadLifetime,
        };
        db.ExportRecords.Add(record);
        db.PendingDownloads.Add(download);
        audit.Add(WageValueAuditActions.Report, participantId: assessment.ParticipantId, subjectId: assessment.Id, purpose: record.Purpose);
        await db.SaveChangesAsync(cancellationToken);

        Password = password;
        DownloadId = download.Id;
        ReportTitle = WageValueReports.Title(recipient);
        Reference = reference;
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

    /// <summary>A reference to quote on the phone: no personal data, not guessable, unique by index.</summary>
    private static string NewReference() =>
        "LW-" + string.Create(8, 0, static (chars, _) =>
        {
            const string alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
}
