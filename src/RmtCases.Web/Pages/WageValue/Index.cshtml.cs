using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RmtCases.Domain.Access;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Pages.WageValue;

public sealed class IndexModel(Admission admission, AccessPolicy policy, RmtDbContext db, AuditLog audit, IOptions<WageValueOptions> options) : PageModel
{
    public sealed record Row(
        Guid Id, string WorkerName, string EmployerName, bool EmployerIsProspective, string JobTitle,
        AssessmentStatus Status, int VersionNumber, string WageValue);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanAssess { get; private set; }
    public int RetentionYears => options.Value.RetentionYearsAfterFinalisation;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        CanAssess = policy.CanAssessWageValue(actor);
        // The explicit region filter is the rule; row-level security is the net under it.
        var rows = await db.WageValueAssessments.AsNoTracking()
            .Where(a => a.RegionId == actor.RegionId)
            .OrderBy(a => a.WorkerName).ThenBy(a => a.SeriesId).ThenByDescending(a => a.VersionNumber)
            .Select(a => new
            {
                a.Id, a.WorkerName, a.EmployerName, a.EmployerIsProspective, a.JobTitle, a.Status, a.VersionNumber,
                Tasks = a.Tasks.OrderBy(t => t.Position).Select(t => new { t.Tempo, t.Quality, t.NetWorkingTime, t.Share }).ToList(),
            })
            .ToListAsync(cancellationToken);
        Rows = [.. rows.Select(r =>
        {
            var tasks = r.Tasks.Select(t => new TaskMeasurement(t.Tempo, t.Quality, t.NetWorkingTime, t.Share)).ToList();
            var wageValue = WageValueCalculator.Validate(tasks).IsValid ? WageValueText.WageValue(WageValueCalculator.Calculate(tasks)) : DutchFormat.Missing;
            return new Row(r.Id, r.WorkerName, r.EmployerName, r.EmployerIsProspective, r.JobTitle, r.Status, r.VersionNumber, wageValue);
        })];
        await audit.RecordAsync(WageValueAuditActions.Listed, cancellationToken: cancellationToken);
        return Page();
    }
}
