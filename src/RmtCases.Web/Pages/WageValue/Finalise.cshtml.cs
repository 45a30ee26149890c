using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Pages.WageValue;

[Requires(Requirement.AssessWageValue)]
public sealed class FinaliseModel(Admission admission, RmtDbContext db, AuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty]
    public uint Version { get; set; }

    public Guid Id { get; private set; }
    public int VersionNumber { get; private set; }
    public string WorkerName { get; private set; } = "";
    public bool CanFinalise { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: false, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        await ShowAsync(assessment, actor.UserId, cancellationToken);
        Version = assessment.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: true, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        var qualification = await ShowAsync(assessment, actor.UserId, cancellationToken);
        if (!CanFinalise)
        {
            return Page();
        }

        db.Entry(assessment).Property(a => a.Version).OriginalValue = Version;
        assessment.Status = AssessmentStatus.Final;
        assessment.FinalisedAt = time.GetUtcNow();
        assessment.FinalisedByUserId = actor.UserId;

        // The report names the assessor and the qualification as they were at finalisation (Regeling art. 3 and its model).
        assessment.AssessorName = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        assessment.AssessorQualificationSummary = WageValueText.Qualification(qualification!);

        // The previous final version stays as it was sent, marked superseded, so it is clear
        // which version now counts and every earlier report stays reproducible.
        var earlier = await db.WageValueAssessments
            .Where(a => a.SeriesId == assessment.SeriesId && a.RegionId == actor.RegionId && a.Id != assessment.Id && a.Status == AssessmentStatus.Final)
            .ToListAsync(cancellationToken);
        foreach (var version in earlier)
        {
            version.Status = AssessmentStatus.Superseded;
        }

        audit.Add(WageValueAuditActions.Finalised, participantId: assessment.ParticipantId, subjectId: assessment.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Iemand anders heeft deze meting intussen gewijzigd. Open de meting opnieuw en controleer haar voordat u haar definitief maakt.");
            return Page();
        }

        return this.RedirectSaved($"/loonwaarde/{assessment.Id}");
    }

    private async Task<AssessorQualification?> ShowAsync(WageValueAssessment assessment, Guid assessorId, CancellationToken cancellationToken)
    {
        Id = assessment.Id;
        VersionNumber = assessment.VersionNumber;
        WorkerName = assessment.WorkerName;
        var qualification = await db.AssessorQualifications.AsNoTracking().SingleOrDefaultAsync(q => q.UserId == assessorId, cancellationToken);
        var result = WageValueChecks.ValidateFinalisation(assessment, qualification, time.TodayInNetherlands());
        foreach (var error in result.Errors)
        {
            // Errors about the stored assessment, not about fields on this page: all go to the summary.
            ModelState.AddModelError("", error.Message);
        }

        CanFinalise = result.IsValid;
        return qualification;
    }
}
