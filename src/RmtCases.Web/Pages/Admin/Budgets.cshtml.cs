using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Figures;
using RmtCases.Domain.Validation;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin;

/// <summary>The budget per region and year (personnel and interventions) that the figures set the costs against.</summary>
public sealed class BudgetsModel(Admission admission, RmtDbContext db, AuditLog audit, TimeProvider time)
    : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public sealed class InputModel
    {
        public int? RegionId { get; set; }
        public int? Year { get; set; }
        public string? Personnel { get; set; }
        public string? Intervention { get; set; }
    }

    public sealed record Row(int RegionId, string Region, decimal? Personnel, decimal? Intervention);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "jaar")]
    public int? Jaar { get; set; }

    public int Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(Jaar, cancellationToken);
        Input.Year = Year;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(Input.Year, cancellationToken);
        if (Input.Year is not { } year || !Years.Contains(year))
        {
            ModelState.AddModelError("Input.Year", "Kies een jaar uit de lijst.");
        }

        if (Input.RegionId is not { } regionId || Rows.All(r => r.RegionId != regionId))
        {
            ModelState.AddModelError("Input.RegionId", "Kies een van de arbeidsmarktregio's.");
        }

        var personnel = Amount(Input.Personnel, "Input.Personnel");
        var intervention = Amount(Input.Intervention, "Input.Intervention");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var budget = await db.RegionBudgets.FindAsync([Input.RegionId!.Value, Input.Year!.Value], cancellationToken);
        if (budget is null)
        {
            budget = new RegionBudget { RegionId = Input.RegionId.Value, Year = Input.Year.Value };
            db.RegionBudgets.Add(budget);
        }

        budget.Personnel = personnel!.Value;
        budget.Intervention = intervention!.Value;
        budget.ChangedAt = time.GetUtcNow();
        budget.ChangedByUserId = admission.Actor.UserId;
        audit.Add(AuditActions.BudgetChanged, fields: ["region", "year", "personnel", "intervention"]);
        await db.SaveChangesAsync(cancellationToken);
        return this.RedirectSaved($"/beheer/budgetten?jaar={Input.Year.Value}");
    }

    private decimal? Amount(string? input, string field)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            ModelState.AddModelError(field, Money.RequiredMessage);
            return null;
        }

        if (!Money.TryParse(input, out var amount))
        {
            ModelState.AddModelError(field, Money.FormatMessage);
            return null;
        }

        if (amount < 0)
        {
            ModelState.AddModelError(field, Money.NegativeMessage);
            return null;
        }

        if (decimal.Round(amount, 2) != amount)
        {
            ModelState.AddModelError(field, Money.DecimalsMessage);
            return null;
        }

        if (amount >= 1_000_000_000_000m)
        {
            ModelState.AddModelError(field, "Dat bedrag is te groot voor een budget.");
            return null;
        }

        return amount;
    }

    private async Task LoadAsync(int? year, CancellationToken cancellationToken)
    {
        var thisYear = time.TodayInNetherlands().Year;
        Years = [.. Enumerable.Range(FigurePeriod.FirstYear, thisYear + 1 - FigurePeriod.FirstYear + 1).Reverse()];
        Year = year is { } y && Years.Contains(y) ? y : thisYear;
        var budgets = await db.RegionBudgets.AsNoTracking().Where(b => b.Year == Year).ToDictionaryAsync(b => b.RegionId, cancellationToken);
        Rows = [.. (await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken))
            .Select(r => new Row(r.Id, r.Name, budgets.GetValueOrDefault(r.Id)?.Personnel, budgets.GetValueOrDefault(r.Id)?.Intervention))];
    }
}
