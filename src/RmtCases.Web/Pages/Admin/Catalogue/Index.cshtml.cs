using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RmtCases.Domain.Access;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin.Catalogue;

/// <summary>
/// The action catalogue and the templates per service type, kept by administrators. An action that plans name is
/// retired, never deleted, so those plans keep their words. The names are the catalogue's, not a participant's.
/// </summary>
public sealed class IndexModel(RmtDbContext db, AuditLog audit) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public sealed record ItemRow(Guid Id, string Name, bool IsActive);

    public sealed record StepRow(Guid Id, ServiceType ServiceType, string Item, int DueAfterDays);

    public sealed record NewItemInput
    {
        [Display(Name = "Naam van de actie")]
        public string? Name { get; set; }
    }

    public sealed record NewStepInput
    {
        [Display(Name = "Dienst")]
        public ServiceType? ServiceType { get; set; }

        [Display(Name = "Actie")]
        public Guid? CatalogueItemId { get; set; }

        [Display(Name = "Aantal dagen na toepassen")]
        public int? DueAfterDays { get; set; }
    }

    [BindProperty]
    public NewItemInput NewItem { get; set; } = new();

    [BindProperty]
    public NewStepInput NewStep { get; set; } = new();

    public IReadOnlyList<ItemRow> Items { get; private set; } = [];

    public IReadOnlyList<StepRow> Steps { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ServiceOptions { get; } = FormRules.Options<ServiceType>(t => t.Label());

    public IReadOnlyList<SelectListItem> ItemOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostItemAsync(CancellationToken cancellationToken)
    {
        var name = NewItem.Name?.Trim();
        const string field = $"{nameof(NewItem)}.{nameof(NewItemInput.Name)}";
        if (string.IsNullOrEmpty(name))
        {
            ModelState.AddModelError(field, "Vul de naam van de actie in.");
        }
        else if (name.Length > 100)
        {
            ModelState.AddModelError(field, "Een naam heeft hoogstens 100 tekens.");
        }
        else if (PlainText.Validate(name, field) is { IsValid: false } invalid)
        {
            foreach (var error in invalid.Errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }
        }
        else if (await db.ActionCatalogue.AnyAsync(i => i.Name == name, cancellationToken))
        {
            ModelState.AddModelError(field, "Deze actie staat al in de catalogus.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var position = await db.ActionCatalogue.MaxAsync(i => (int?)i.Position, cancellationToken) ?? 0;
        var item = new ActionCatalogueItem { Name = name!, Position = position + 1 };
        db.ActionCatalogue.Add(item);
        audit.Add(AuditActions.ActionCatalogueChanged, subjectId: item.Id, fields: ["name"]);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(field, "Deze actie staat al in de catalogus.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        return this.RedirectSaved("/beheer/actiecatalogus");
    }

    /// <summary>Retires an action, or brings it back: plans keep it either way, new plans are offered only active ones.</summary>
    public async Task<IActionResult> OnPostToggleAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var item = await db.ActionCatalogue.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        item.IsActive = !item.IsActive;
        audit.Add(AuditActions.ActionCatalogueChanged, subjectId: item.Id, fields: ["active"]);
        await db.SaveChangesAsync(cancellationToken);
        return this.RedirectSaved("/beheer/actiecatalogus");
    }

    public async Task<IActionResult> OnPostStepAsync(CancellationToken cancellationToken)
    {
        const string prefix = nameof(NewStep);
        if (NewStep.ServiceType is not { } type || !Enum.IsDefined(type))
        {
            ModelState.AddModelError($"{prefix}.{nameof(NewStepInput.ServiceType)}", "Kies een dienst uit de lijst.");
        }

        if (NewStep.CatalogueItemId is not { } itemId || !await db.ActionCatalogue.AnyAsync(i => i.Id == itemId && i.IsActive, cancellationToken))
        {
            ModelState.AddModelError($"{prefix}.{nameof(NewStepInput.CatalogueItemId)}", "Kies een actie uit de lijst.");
        }

        if (NewStep.DueAfterDays is not (>= 0 and <= 730))
        {
            ModelState.AddModelError($"{prefix}.{nameof(NewStepInput.DueAfterDays)}", "Vul een aantal dagen in van 0 tot en met 730.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var position = await db.PlanTemplateSteps.MaxAsync(s => (int?)s.Position, cancellationToken) ?? 0;
        var step = new PlanTemplateStep { ServiceType = NewStep.ServiceType!.Value, CatalogueItemId = NewStep.CatalogueItemId!.Value, DueAfterDays = NewStep.DueAfterDays!.Value, Position = position + 1 };
        db.PlanTemplateSteps.Add(step);
        audit.Add(AuditActions.ActionCatalogueChanged, subjectId: step.Id, fields: ["template"]);
        await db.SaveChangesAsync(cancellationToken);
        return this.RedirectSaved("/beheer/actiecatalogus#sjablonen");
    }

    public async Task<IActionResult> OnPostRemoveStepAsync(Guid stepId, CancellationToken cancellationToken)
    {
        var step = await db.PlanTemplateSteps.SingleOrDefaultAsync(s => s.Id == stepId, cancellationToken);
        if (step is null)
        {
            return NotFound();
        }

        db.PlanTemplateSteps.Remove(step);
        audit.Add(AuditActions.ActionCatalogueChanged, subjectId: step.Id, fields: ["template"]);
        await db.SaveChangesAsync(cancellationToken);
        return this.RedirectSaved("/beheer/actiecatalogus#sjablonen");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Items = await db.ActionCatalogue.AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Name)
            .Select(i => new ItemRow(i.Id, i.Name, i.IsActive)).ToListAsync(cancellationToken);
        Steps = await (from s in db.PlanTemplateSteps.AsNoTracking()
                       join i in db.ActionCatalogue on s.CatalogueItemId equals i.Id
                       orderby s.ServiceType, s.DueAfterDays, s.Position
                       select new StepRow(s.Id, s.ServiceType, i.Name, s.DueAfterDays)).ToListAsync(cancellationToken);
        ItemOptions = Items.Where(i => i.IsActive).Select(i => new SelectListItem(i.Name, i.Id.ToString())).ToList();
    }
}
