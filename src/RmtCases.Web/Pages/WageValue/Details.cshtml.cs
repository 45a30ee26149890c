using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Pages.WageValue;

public sealed class DetailsModel(Admission admission, AccessPolicy policy, RmtDbContext db, AuditLog audit, IOptions<WageValueOptions> options) : PageModel
{
    public WageValueAssessment Assessment { get; private set; } = null!;
    public IReadOnlyList<WageValueTask> Tasks { get; private set; } = [];
    public WageValueResult? Result { get; private set; }
    public IReadOnlyList<WageValueAssessment> Series { get; private set; } = [];
    public bool CanAssess { get; private set; }
    public bool IsLatest { get; private set; }
    public bool CanDecide { get; private set; }
    public WageCostSubsidy? Subsidy { get; private set; }
    public string? SubsidyNote { get; private set; }
    public string MinimumWageSource => options.Value.MinimumWageSource;

    /// <summary>A report made of a version of this assessment, from its export record: what went out, when, in which version.</summary>
    public sealed record ReportRow(DateTimeOffset CreatedAt, int VersionNumber, bool Full, string Purpose, string Reference);

    public IReadOnlyList<ReportRow> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: false, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        Assessment = assessment;
        Tasks = [.. assessment.Tasks.OrderBy(t => t.Position)];
        var measurements = WageValueForm.Measurements(Tasks);
        Result = WageValueCalculator.Validate(measurements).IsValid ? WageValueCalculator.Calculate(measurements) : null;
        Series = await db.SeriesAsync(assessment.SeriesId, actor.RegionId, tracking: false, cancellationToken);
        IsLatest = Series.Max(v => v.VersionNumber) == assessment.VersionNumber;
        var versions = Series.ToDictionary(v => v.Id, v => v.VersionNumber);
        var ids = versions.Keys.ToList();
        var records = await db.ExportRecords.AsNoTracking()
            .Where(e => e.WageValueAssessmentId != null && ids.Contains(e.WageValueAssessmentId.Value))
            .OrderByDescending(e => e.CreatedAt)
            .Select(e => new { e.CreatedAt, AssessmentId = e.WageValueAssessmentId!.Value, e.Kind, e.Purpose, e.Reference })
            .ToListAsync(cancellationToken);
        Reports = [.. records.Select(e => new ReportRow(e.CreatedAt, versions[e.AssessmentId], e.Kind == ExportKind.WageValueFullReport, e.Purpose, e.Reference))];
        CanAssess = policy.CanAssessWageValue(actor);
        CanDecide = policy.CanDecideWageValue(actor);
        (Subsidy, SubsidyNote) = WageValueSubsidy.For(assessment, options.Value);
        await audit.RecordAsync(WageValueAuditActions.Viewed, participantId: assessment.ParticipantId, subjectId: assessment.Id, cancellationToken: cancellationToken);
        return Page();
    }
}
