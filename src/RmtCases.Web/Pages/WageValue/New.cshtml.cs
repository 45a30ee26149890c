using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Pages.WageValue;

[Requires(Requirement.AssessWageValue)]
public sealed class NewModel(Admission admission, RmtDbContext db, AuditLog audit, TimeProvider time) : PageModel
{
    public const string UnknownParticipantMessage = "Er is geen deelnemer met dit nummer in uw regio. Laat het veld leeg als de werknemer geen deelnemer is.";

    [BindProperty]
    public WageValueInput Input { get; set; } = new();

    public IActionResult OnGet()
    {
        Input.Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        WageValueBinding.UseDutchMessages(ModelState);
        var draft = WageValueForm.Check(Input, ModelState, time);
        if (Input.ParticipantId is { } participantId
            && !await db.Participants.AnyAsync(p => p.Id == participantId && p.RegionId == actor.RegionId, cancellationToken))
        {
            ModelState.AddModelError($"{WageValueForm.Prefix}.{nameof(Input.ParticipantId)}", UnknownParticipantMessage);
        }

        if (draft is null || !ModelState.IsValid)
        {
            Input.Pad();
            return Page();
        }

        var assessment = new WageValueAssessment
        {
            WorkerName = "",
            EmployerName = "",
            JobTitle = "",
            RegionId = actor.RegionId,
            MunicipalityOrganisationId = actor.OrganisationId,
            CreatedByUserId = actor.UserId,
            CreatedAt = time.GetUtcNow(),
        };
        assessment.SeriesId = assessment.Id;
        WageValueForm.Apply(draft, assessment);
        db.WageValueAssessments.Add(assessment);
        audit.Add(WageValueAuditActions.Created, participantId: assessment.ParticipantId, subjectId: assessment.Id);
        await db.SaveChangesAsync(cancellationToken);
        return this.RedirectSaved($"/loonwaarde/{assessment.Id}");
    }
}
