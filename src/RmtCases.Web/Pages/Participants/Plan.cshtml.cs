using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Casework;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// The trajectplan: a goal and actions, all chosen from lists (category e, no free text). Each form carries the
/// plan's version (<see cref="Domain.Casework.PlanVersion"/>, of the plan as the reader sees it), so two people editing
/// the same plan get the conflict named instead of overwriting each other. The actions werkfitbehoud's template adds
/// are category g: the query filter keeps them from whoever may not see g, here as everywhere, so to them such an
/// action, its change and its audit row do not exist.
/// </summary>
[Requires(Requirement.See, Category = Category.Mediation)]
public sealed class PlanModel(CaseFiles files, CaseworkQueries casework, PlanEditor editor) : PageModel
{
    public const string ConflictMessage =
        "Iemand anders heeft dit trajectplan intussen gewijzigd. Uw wijziging is niet opgeslagen; bekijk het plan en probeer het opnieuw.";

    [BindProperty]
    public uint PlanVersion { get; set; }

    [BindProperty]
    public GoalInput Goal { get; set; } = new();

    [BindProperty]
    public ActionInput NewAction { get; set; } = new();

    [BindProperty]
    public StatusInput Status { get; set; } = new();

    [BindProperty]
    public TemplateInput Template { get; set; } = new();

    public string Name { get; private set; } = "";

    public bool CanChange { get; private set; }

    public PlanView Plan { get; private set; } = new(false, null, 0, []);

    public DateOnly Today => files.Today;

    public PlanOptions Options { get; private set; } = PlanOptions.None;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(files.Actor, id, cancellationToken))
        {
            return NotFound();
        }

        files.Audit(AuditActions.ParticipantViewed, id, [Category.Mediation]);
        await files.SaveAsync(cancellationToken);
        return Page();
    }

    [Requires(Requirement.Edit, Category = Category.Mediation)]
    public Task<IActionResult> OnPostGoalAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "#doel", (actor, plan, errors) =>
        {
            if (Goal.Goal is not { } goal || !Enum.IsDefined(goal))
            {
                errors.Add($"{nameof(Goal)}.{nameof(GoalInput.Goal)}", "Kies het doel van het plan.");
                return Task.FromResult<PlanChange?>(null);
            }

            plan.Goal = goal;
            return Task.FromResult<PlanChange?>(new(AuditActions.PlanChanged));
        }, cancellationToken);

    [Requires(Requirement.Edit, Category = Category.Mediation)]
    public Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "#acties", (actor, plan, errors) =>
        {
            // The plan's actions as the query filter loads them: an action of category g is, to whoever may not see g,
            // answered as an id that does not exist.
            var action = plan.Actions.SingleOrDefault(a => a.Id == Status.ActionId);
            if (action is null || Status.Status is not { } status || !Enum.IsDefined(status))
            {
                errors.Add($"{nameof(Status)}.{nameof(StatusInput.Status)}", "Kies een status uit de lijst.");
                return Task.FromResult<PlanChange?>(null);
            }

            action.Status = status;
            action.StatusChangedAt = files.Now;
            return Task.FromResult<PlanChange?>(new(AuditActions.PlanActionChanged, action.RevealsBanenafspraak));
        }, cancellationToken);

    [Requires(Requirement.Edit, Category = Category.Mediation)]
    public Task<IActionResult> OnPostActionAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "#acties", async (actor, plan, errors) =>
        {
            await NewAction.ValidateAsync(errors, nameof(NewAction), casework, id, files.Today, cancellationToken);
            if (errors.Any)
            {
                return null;
            }

            _ = FormRules.TryParseDate(NewAction.DueOn, out var dueOn);
            plan.Actions.Add(editor.NewAction(id, NewAction.CatalogueItemId!.Value, NewAction.OwnerOrganisationId!.Value, NewAction.ResponsibleUserId, dueOn));
            return new PlanChange(AuditActions.PlanActionAdded);
        }, cancellationToken);

    [Requires(Requirement.Edit, Category = Category.Mediation)]
    public Task<IActionResult> OnPostTemplateAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "#acties", async (actor, plan, errors) =>
        {
            // Werkfitbehoud's template is answered like any value not in the list: nothing reveals category g.
            if (Template.ServiceType is not { } type || !Enum.IsDefined(type) || !files.Policy.CanApplyTemplate(actor, type))
            {
                errors.Add($"{nameof(Template)}.{nameof(TemplateInput.ServiceType)}", "Kies een sjabloon uit de lijst.");
                return null;
            }

            var steps = await editor.TemplateStepsAsync(type, cancellationToken);
            var owner = (await casework.InvolvedAsync(id, cancellationToken)).Any(o => o.Id == actor.OrganisationId) ? actor.OrganisationId : (Guid?)null;
            if (owner is null)
            {
                errors.Add($"{nameof(Template)}.{nameof(TemplateInput.ServiceType)}", "Uw organisatie is niet betrokken bij dit dossier; voeg de acties een voor een toe.");
                return null;
            }

            // Werkfitbehoud's steps and their offsets tell the service (art. 3 of the Tijdelijke regeling aanvullende
            // crisisdienstverlening COVID-19): its actions and the audit row of adding them are category g.
            var revealsBanenafspraak = type.RevealsBanenafspraak();
            foreach (var step in steps)
            {
                plan.Actions.Add(editor.NewAction(id, step.CatalogueItemId, owner.Value, actor.UserId, files.Today.AddDays(step.DueAfterDays), revealsBanenafspraak));
            }

            return new PlanChange(AuditActions.PlanTemplateApplied, revealsBanenafspraak);
        }, cancellationToken);

    /// <summary>
    /// The one edit routine of this page: load the plan tracked (or start one), compare the form's version with the plan
    /// as this reader sees it, let the handler change it, and save it with its audit row (<see cref="PlanEditor.SaveAsync"/>),
    /// or name the conflict.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(
        Guid id, string anchor, Func<Actor, RoutePlan, FormRules.Errors, Task<PlanChange?>> change, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        if (await editor.LoadAsync(actor, id, cancellationToken) is not { } loaded)
        {
            return NotFound();
        }

        var (withdrawn, plan) = loaded;

        var errors = new FormRules.Errors();
        PlanChange? action = null;
        if (withdrawn)
        {
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
        }
        else if (PlanEditor.VersionOf(plan) != PlanVersion)
        {
            ModelState.AddModelError(string.Empty, ConflictMessage);
        }
        else
        {
            plan ??= editor.Start(id);
            action = await change(actor, plan, errors);
            foreach (var error in errors.List)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }
        }

        if (action is not null && ModelState.IsValid)
        {
            if (await editor.SaveAsync(plan!, action.AuditAction, action.RevealsBanenafspraak, cancellationToken))
            {
                return this.RedirectSaved($"/deelnemers/{id}/plan{anchor}");
            }

            ModelState.AddModelError(string.Empty, ConflictMessage);
        }

        var conflict = !ModelState.IsValid && ModelState[string.Empty]?.Errors.Count > 0;
        files.ClearTracked();
        await LoadAsync(actor, id, cancellationToken);
        if (conflict)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }

    /// <summary>What a handler did, for the audit row: category g as well when it concerned an action of werkfitbehoud's template.</summary>
    private sealed record PlanChange(string AuditAction, bool RevealsBanenafspraak = false);

    private async Task<bool> LoadAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var route = await casework.RouteAsync(actor, id, cancellationToken);
        if (route is null)
        {
            return false;
        }

        Name = (await files.Visible(actor).AsNoTracking().Where(p => p.Id == id).Select(p => p.Person).SingleAsync(cancellationToken)).FullName;
        Plan = route.Plan;
        CanChange = route.CanChange;
        ModelState.Remove(nameof(PlanVersion));
        PlanVersion = route.Plan.Version;
        if (Goal.Goal is null)
        {
            Goal.Goal = route.Plan.Goal;
        }

        var involved = await casework.InvolvedAsync(id, cancellationToken);
        Options = await PlanOptions.LoadAsync(casework, files.Policy, actor, involved, cancellationToken);
        if (NewAction.OwnerOrganisationId is null && involved.Any(o => o.Id == actor.OrganisationId))
        {
            NewAction.OwnerOrganisationId = actor.OrganisationId;
            NewAction.ResponsibleUserId = actor.UserId;
        }

        return true;
    }
}
