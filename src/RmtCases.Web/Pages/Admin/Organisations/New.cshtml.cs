using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin.Organisations;

public sealed class NewModel(RmtDbContext db, AuditLog audit) : PageModel
{
    public sealed class InputModel
    {
        public string? Name { get; set; }

        public OrganisationType? Type { get; set; }

        public int? RegionId { get; set; }

        /// <summary>Before <see cref="Name"/> is trimmed: the limit is on what was typed.</summary>
        public void Validate(FormRules.Errors errors, IReadOnlyList<RegionOption> regions)
        {
            errors.Require(Name, nameof(Name), "Vul de naam van de organisatie in.");
            if (Name is { Length: > 200 })
            {
                errors.Add(nameof(Name), "Een naam heeft hoogstens 200 tekens.");
            }

            errors.Choose(Type, nameof(Type), "Kies het soort organisatie.");
            if (Type is { } type && !Enum.IsDefined(type))
            {
                errors.Add(nameof(Type), "Kies een soort uit de lijst.");
            }

            errors.Choose(RegionId, nameof(RegionId), "Kies de arbeidsmarktregio.");
            if (RegionId is { } regionId && regions.All(r => r.Id != regionId))
            {
                errors.Add(nameof(RegionId), "Kies een van de 35 arbeidsmarktregio's.");
            }
        }
    }

    public sealed record RegionOption(int Id, string Name);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<RegionOption> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var errors = new FormRules.Errors(ModelState.Unread(nameof(Input)));
        Input.Validate(errors, Regions);
        ModelState.AddErrors(nameof(Input), errors.List);
        Input.Name = Input.Name?.Trim();

        if (ModelState.IsValid && await db.Organisations.AnyAsync(o => o.RegionId == Input.RegionId && o.Name == Input.Name, cancellationToken))
        {
            ModelState.AddModelError("Input.Name", "In deze regio bestaat al een organisatie met deze naam.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var organisation = new Organisation { Name = Input.Name!, Type = Input.Type!.Value, RegionId = Input.RegionId!.Value };
        db.Organisations.Add(organisation);
        audit.Add(AuditActions.OrganisationCreated, subjectId: organisation.Id, fields: ["name", "region", "type"]);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another administrator created the same organisation a moment ago.
            ModelState.AddModelError("Input.Name", "In deze regio bestaat al een organisatie met deze naam.");
            return Page();
        }

        return Redirect("/beheer/organisaties?aangemaakt=true");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new RegionOption(r.Id, r.Name))
            .ToListAsync(cancellationToken);
}
