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
public sealed class EditModel(Admission admission, RmtDbContext db, AuditLog audit, TimeProvider time, WageValueWorkers workers) : PageModel
{
    public const string ConcurrencyMessage =
        "Iemand anders heeft deze meting gewijzigd terwijl u bezig was. Uw invoer staat hieronder nog; open de meting opnieuw en voer uw wijzigingen daar in.";

    [BindProperty]
    public WageValueInput Input { get; set; } = new();

    public Guid Id { get; private set; }
    public int VersionNumber { get; private set; }
    public bool ReadOnly { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: false, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        Show(assessment);
        Input = WageValueInput.From(assessment);
        await workers.ShowAsync(Input, actor, cancellationToken);
        // The edit form shows every component and argument: a read like the detail page.
        await audit.RecordAsync(WageValueAuditActions.Viewed, participantId: assessment.ParticipantId, subjectId: assessment.Id, cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: true, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        Show(assessment);
        Input.Pad();
        if (ReadOnly)
        {
            // A finalised version is what was decided and sent; it is corrected by a new version, never edited.
            return Page();
        }

        WageValueBinding.UseDutchMessages(ModelState);
        var errors = new FormRules.Errors();
        var draft = WageValueForm.Validate(Input, errors, time.TodayInNetherlands());
        ModelState.AddErrors(WageValueForm.Prefix, errors.List);
        await workers.CheckAsync(Input, assessment.ParticipantId, ModelState, actor, cancellationToken);

        if (draft is null || !ModelState.IsValid)
        {
            await workers.ShowAsync(Input, actor, cancellationToken);
            return Page();
        }

        // Compare against the xmin the form was read at; touching the row makes the check apply even
        // when only tasks changed.
        db.Entry(assessment).Property(a => a.Version).OriginalValue = Input.Version;
        draft.ApplyTo(assessment);
        db.Entry(assessment).State = EntityState.Modified;
        audit.Add(WageValueAuditActions.Changed, participantId: assessment.ParticipantId, subjectId: assessment.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", ConcurrencyMessage);
            return Page();
        }

        return this.RedirectSaved($"/loonwaarde/{assessment.Id}");
    }

    /// <summary>"Deelnemer zoeken": the whole form comes back as typed, with the matches to choose from.</summary>
    public async Task<IActionResult> OnPostZoekenAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: false, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        Show(assessment);
        Input.Pad();
        WageValueBinding.UseDutchMessages(ModelState);
        await workers.SearchAsync(Input, ModelState, actor, cancellationToken);
        return Page();
    }

    private void Show(WageValueAssessment assessment)
    {
        Id = assessment.Id;
        VersionNumber = assessment.VersionNumber;
        ReadOnly = WageValueAssessmentRules.IsReadOnly(assessment.AsVersion());
        if (ReadOnly)
        {
            ModelState.AddModelError("", WageValueAssessmentRules.ReadOnlyMessage);
        }
    }
}
