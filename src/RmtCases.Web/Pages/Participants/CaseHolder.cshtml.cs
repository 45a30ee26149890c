using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Casework;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Casework;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// Who of the caseworker's own organisation holds the case: take it, hand it to a colleague, release it. Moving a
/// case a colleague holds asks a reason from a list. Every change is audited; the reason is kept as a code.
/// </summary>
[Requires(Requirement.HoldCases)]
public sealed class CaseHolderModel(CaseFiles files, CaseworkQueries casework, RmtDbContext db, AuditLog audit) : PageModel
{
    private bool _involved;

    [BindProperty]
    public AssignInput Input { get; set; } = new();

    /// <summary>The casehouder the form was shown with: a change by someone else meanwhile is a conflict.</summary>
    [BindProperty]
    public Guid? ShownHolder { get; set; }

    public string Name { get; private set; } = "";

    public string? HolderName { get; private set; }

    public bool HeldBySomeoneElse { get; private set; }

    public IReadOnlyList<SelectListItem> ColleagueOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ReasonOptions { get; } = FormRules.Options<AssignmentReason>(r => r.Label());

    /// <summary>Empty user: release the case.</summary>
    public sealed record AssignInput
    {
        [Display(Name = "Casehouder")]
        public Guid? UserId { get; set; }

        [Display(Name = "Reden")]
        public AssignmentReason? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(files.Actor, id, cancellationToken))
        {
            return NotFound();
        }

        Input.UserId = ShownHolder;
        return Page();
    }

    /// <summary>"Oppakken" from the case file or the werkvoorraad: the caseworker becomes casehouder of an unheld case.</summary>
    public async Task<IActionResult> OnPostTakeAsync(Guid id, CancellationToken cancellationToken)
    {
        Input = new AssignInput { UserId = files.Actor.UserId };
        return await OnPostAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var shown = ShownHolder;
        if (!await PrepareAsync(actor, id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var current = await db.CaseAssignments.SingleOrDefaultAsync(a => a.ParticipantId == id && a.OrganisationId == actor.OrganisationId, cancellationToken);
        if (Request.Form.ContainsKey(nameof(ShownHolder)) && shown != current?.UserId)
        {
            ModelState.AddModelError(string.Empty, "Iemand anders heeft de casehouder intussen gewijzigd. Er is niets veranderd; bekijk de nieuwe situatie en probeer het opnieuw.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var colleagues = (await casework.CaseworkersAsync([actor.OrganisationId], cancellationToken)).Select(c => c.UserId).ToList();
        var result = AssignmentRules.Validate(current?.UserId, actor.UserId, Input.UserId, Input.Reason, colleagues);
        if (!result.IsValid)
        {
            ModelState.AddErrors(nameof(Input), result.Errors);
            return Page();
        }

        var reason = AssignmentRules.MovesSomeoneElses(current?.UserId, actor.UserId) ? Input.Reason?.ToString() : null;
        string action;
        if (Input.UserId is not { } newHolder)
        {
            db.CaseAssignments.Remove(current!);
            action = AuditActions.CaseReleased;
        }
        else
        {
            if (!_involved)
            {
                // Holding a case makes the organisation one of those involved in it.
                db.CaseInvolvements.Add(new Domain.Participants.CaseInvolvement { ParticipantId = id, OrganisationId = actor.OrganisationId, Since = files.Now });
                audit.Add(AuditActions.InvolvementAdded, id, fields: ["Involvements"]);
            }

            if (current is null)
            {
                db.CaseAssignments.Add(new CaseAssignment { ParticipantId = id, OrganisationId = actor.OrganisationId, UserId = newHolder, Since = files.Now });
            }
            else
            {
                // The open actions the previous casehouder held for this organisation go with the case.
                var open = await db.PlanActions
                    .Where(a => a.ParticipantId == id && a.OwnerOrganisationId == actor.OrganisationId && a.ResponsibleUserId == current.UserId
                        && (a.Status == ActionStatus.ToDo || a.Status == ActionStatus.InProgress))
                    .ToListAsync(cancellationToken);
                foreach (var moved in open)
                {
                    moved.ResponsibleUserId = newHolder;
                }

                if (open.Count > 0 && await db.RoutePlans.SingleOrDefaultAsync(p => p.ParticipantId == id, cancellationToken) is { } plan)
                {
                    plan.ChangedAt = files.Now;
                }

                current.UserId = newHolder;
                current.Since = files.Now;
            }

            action = newHolder == actor.UserId && current is null ? AuditActions.CaseTaken : AuditActions.CaseHandedOver;
        }

        // The reason is a code of the list, in the column the trail keeps codes in; the new holder is the subject.
        audit.Add(action, id, fields: ["Casehouder"], purpose: reason, subjectId: Input.UserId ?? current?.UserId);
        try
        {
            await files.SaveAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people took the same unheld case at once: the key allows one casehouder per organisation.
            db.ChangeTracker.Clear();
            await PrepareAsync(actor, id, cancellationToken);
            ModelState.AddModelError(string.Empty, "Iemand anders heeft de casehouder intussen gewijzigd. Er is niets veranderd; bekijk de nieuwe situatie en probeer het opnieuw.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return this.RedirectSaved(Request.Query["terug"] == "start" ? "/" : $"/deelnemers/{id}#traject");
    }

    private async Task<bool> PrepareAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        // Gemeente and UWV reach every case of the region and may involve themselves; union and employer staff only
        // reach cases they are involved in already, which their scope (and so the gate) already says.
        var participant = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Person, p.Status, Involved = p.Involvements.Any(i => i.OrganisationId == actor.OrganisationId) })
            .SingleOrDefaultAsync(cancellationToken);
        if (participant is null)
        {
            return false;
        }

        Name = participant.Person.FullName;
        _involved = participant.Involved;
        var holder = await db.CaseAssignments.AsNoTracking()
            .Where(a => a.ParticipantId == id && a.OrganisationId == actor.OrganisationId)
            .Select(a => new { a.UserId, a.Since }).SingleOrDefaultAsync(cancellationToken);
        var colleagues = await casework.CaseworkersAsync([actor.OrganisationId], cancellationToken);
        ShownHolder = holder?.UserId;
        HolderName = holder is null ? null : colleagues.FirstOrDefault(c => c.UserId == holder.UserId)?.Name ?? "een voormalig collega";
        HeldBySomeoneElse = AssignmentRules.MovesSomeoneElses(holder?.UserId, actor.UserId);
        ColleagueOptions = colleagues.Select(c => new SelectListItem(c.UserId == actor.UserId ? $"{c.Name} (uzelf)" : c.Name, c.UserId.ToString())).ToList();
        if (participant.Status == Domain.Participants.ParticipantStatus.Withdrawn)
        {
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
        }

        return true;
    }
}
