using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RmtCases.Domain.Access;
using RmtCases.Domain.Validation;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Pages.WageValue;

[Requires(Requirement.AssessWageValue)]
public sealed class CorrectModel(Admission admission, RmtDbContext db, AuditLog audit, TimeProvider time) : PageModel
{
    public Guid Id { get; private set; }
    public int VersionNumber { get; private set; }
    public bool CanCorrect { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: false, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        await CheckAsync(assessment, actor.RegionId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: false, cancellationToken) is not { } original)
        {
            return NotFound();
        }

        var series = await CheckAsync(original, actor.RegionId, cancellationToken);
        if (!CanCorrect)
        {
            return Page();
        }

        // A copy of the data in a new draft of the same series; the corrected version is left untouched.
        var correction = new WageValueAssessment
        {
            SeriesId = original.SeriesId,
            VersionNumber = WageValueAssessmentRules.NextVersionNumber(series),
            Status = AssessmentStatus.Draft,
            RegionId = original.RegionId,
            MunicipalityOrganisationId = original.MunicipalityOrganisationId,
            CreatedByUserId = actor.UserId,
            CreatedAt = time.GetUtcNow(),
            ParticipantId = original.ParticipantId,
            WorkerName = original.WorkerName,
            WorkerDateOfBirth = original.WorkerDateOfBirth,
            WorkerIsProspective = original.WorkerIsProspective,
            EmployerName = original.EmployerName,
            EmployerIsProspective = original.EmployerIsProspective,
            JobTitle = original.JobTitle,
            ObservationDates = [.. original.ObservationDates],
            EmployerInputBy = original.EmployerInputBy,
            EmployerInputOn = original.EmployerInputOn,
            EmployerInputSummary = original.EmployerInputSummary,
            WorkerInvolvedOn = original.WorkerInvolvedOn,
            WorkerInvolvementChannel = original.WorkerInvolvementChannel,
            WorkerView = original.WorkerView,
            WorkerViewOutcome = original.WorkerViewOutcome,
            EmployerViewOn = original.EmployerViewOn,
            EmployerViewChannel = original.EmployerViewChannel,
            EmployerViewOutcome = original.EmployerViewOutcome,
            HoursPerWeek = original.HoursPerWeek,
            HoursPerWorkingDay = original.HoursPerWorkingDay,
            FullTimeHoursPerWeek = original.FullTimeHoursPerWeek,
            NormFunctionName = original.NormFunctionName,
            NormFunctionSource = original.NormFunctionSource,

            // An objection or second opinion belongs to the version it produced: a correction starts without one.
        };
        foreach (var task in original.Tasks.OrderBy(t => t.Position))
        {
            correction.Tasks.Add(new WageValueTask
            {
                AssessmentId = correction.Id,
                Position = task.Position,
                Name = task.Name,
                Tempo = task.Tempo,
                TempoArgumentation = task.TempoArgumentation,
                Quality = task.Quality,
                QualityArgumentation = task.QualityArgumentation,
                NetWorkingTime = task.NetWorkingTime,
                NetWorkingTimeArgumentation = task.NetWorkingTimeArgumentation,
                Share = task.Share,
                ShareArgumentation = task.ShareArgumentation,
            });
        }

        db.WageValueAssessments.Add(correction);
        audit.Add(WageValueAuditActions.Corrected, participantId: correction.ParticipantId, subjectId: correction.Id, purpose: $"correctie van {original.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two assessors corrected at the same moment: the unique (series, version) index kept one.
            ModelState.AddModelError("", "Er is zojuist al een correctie van deze meting gemaakt. Open de meting opnieuw.");
            CanCorrect = false;
            return Page();
        }

        return Redirect($"/loonwaarde/{correction.Id}/wijzigen");
    }

    private async Task<List<AssessmentVersion>> CheckAsync(WageValueAssessment assessment, int regionId, CancellationToken cancellationToken)
    {
        Id = assessment.Id;
        VersionNumber = assessment.VersionNumber;
        var series = (await db.SeriesAsync(assessment.SeriesId, regionId, tracking: false, cancellationToken))
            .Select(v => v.AsVersion()).ToList();
        var result = WageValueAssessmentRules.ValidateCorrection(assessment.AsVersion(), series);
        AddErrors(result);
        CanCorrect = result.IsValid;
        return series;
    }

    private void AddErrors(ValidationResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Message);
        }
    }
}
