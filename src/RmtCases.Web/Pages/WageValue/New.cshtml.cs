using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
public sealed class NewModel(Admission admission, RmtDbContext db, AuditLog audit, TimeProvider time, WageValueWorkers workers) : PageModel
{
    [BindProperty]
    public WageValueInput Input { get; set; } = new();

    public IActionResult OnGet()
    {
        Input.Pad();
        return Page();
    }

    /// <summary>"Deelnemer zoeken": the whole form comes back as typed, with the matches to choose from.</summary>
    public async Task<IActionResult> OnPostZoekenAsync(CancellationToken cancellationToken)
    {
        WageValueBinding.UseDutchMessages(ModelState);
        await workers.SearchAsync(Input, ModelState, admission.Actor, cancellationToken);
        Input.Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        WageValueBinding.UseDutchMessages(ModelState);
        var errors = new FormRules.Errors();
        var draft = WageValueForm.Validate(Input, errors, time.TodayInNetherlands());
        ModelState.AddErrors(WageValueForm.Prefix, errors.List);
        await workers.CheckAsync(Input, alreadyLinked: null, ModelState, actor, cancellationToken);

        if (draft is null || !ModelState.IsValid)
        {
            await workers.ShowAsync(Input, actor, cancellationToken);
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
        draft.ApplyTo(assessment);
        db.WageValueAssessments.Add(assessment);
        audit.Add(WageValueAuditActions.Created, participantId: assessment.ParticipantId, subjectId: assessment.Id);
        await db.SaveChangesAsync(cancellationToken);
        return this.RedirectSaved($"/loonwaarde/{assessment.Id}");
    }
}
