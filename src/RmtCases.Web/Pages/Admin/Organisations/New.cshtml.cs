using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin.Organisations;

public sealed class NewModel(RmtDbContext db, AuditLog audit) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de naam van de organisatie in.")]
        [StringLength(200, ErrorMessage = "Een naam heeft hoogstens 200 tekens.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Kies het soort organisatie.")]
        public OrganisationType? Type { get; set; }

        [Required(ErrorMessage = "Kies de arbeidsmarktregio.")]
        public int? RegionId { get; set; }
    }

    public sealed record RegionOption(int Id, string Name);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<RegionOption> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Name = Input.Name?.Trim();
        if (Input.Type is { } type && !Enum.IsDefined(type))
        {
            ModelState.AddModelError("Input.Type", "Kies een soort uit de lijst.");
        }

        if (Input.RegionId is { } regionId && Regions.All(r => r.Id != regionId))
        {
            ModelState.AddModelError("Input.RegionId", "Kies een van de 35 arbeidsmarktregio's.");
        }

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
