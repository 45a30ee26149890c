using System.Globalization;
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

/// <summary>
/// The college's vaststelling (Besluit loonkostensubsidie Participatiewet 2021, art. 3(2)): a gemeente
/// caseworker, not the assessor, records the written decision on a final report.
/// </summary>
[Requires(Requirement.DecideWageValue)]
public sealed class DecideModel(Admission admission, RmtDbContext db, AuditLog audit, TimeProvider time) : PageModel
{
    public sealed class DecisionInput
    {
        public DateOnly? DecidedOn { get; set; }
        public string? Reference { get; set; }
        public string? Percentage { get; set; }
        public DateOnly? EffectiveFrom { get; set; }
        public DateOnly? NextAssessmentOn { get; set; }
        public uint Version { get; set; }
    }

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string WorkerName { get; private set; } = "";
    public int VersionNumber { get; private set; }
    public int? ReportedPercentage { get; private set; }
    public bool CanDecide { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: false, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        Show(assessment, actor.UserId);
        Input.Version = assessment.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (await db.FindAsync(id, actor.RegionId, tracking: true, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        foreach (var (key, entry) in ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            entry!.Errors.Clear();
            ModelState.AddModelError(key, "Vul een geldige datum in.");
        }

        Show(assessment, actor.UserId);
        if (!CanDecide)
        {
            return Page();
        }

        var errors = new FormRules.Errors();
        int? percentage = null;
        if (!string.IsNullOrWhiteSpace(Input.Percentage))
        {
            if (int.TryParse(Input.Percentage.Trim().TrimEnd('%').Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var whole) && whole <= 100)
            {
                percentage = whole;
            }
            else
            {
                errors.Add(nameof(Input.Percentage), "Vul de loonwaarde in als heel getal van 0 tot 100, bijvoorbeeld 71.");
            }
        }

        ModelState.AddErrors(nameof(Input), errors.List);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var decision = new WageValueDecision(Input.DecidedOn, Input.Reference, percentage, Input.EffectiveFrom, Input.NextAssessmentOn);
        var result = Validate(assessment, decision, actor.UserId);
        ModelState.AddErrors(nameof(Input), result.Errors);

        if (!result.IsValid)
        {
            return Page();
        }

        db.Entry(assessment).Property(a => a.Version).OriginalValue = Input.Version;
        assessment.DecidedOn = decision.DecidedOn;
        assessment.DecisionReference = decision.Reference!.Trim();
        assessment.DecidedPercentage = decision.Percentage;
        assessment.DecisionEffectiveFrom = decision.EffectiveFrom;
        assessment.NextAssessmentOn = decision.NextAssessmentOn;
        assessment.DecidedByUserId = actor.UserId;
        assessment.DecidedAt = time.GetUtcNow();
        audit.Add(WageValueAuditActions.Decided, participantId: assessment.ParticipantId, subjectId: assessment.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Iemand anders heeft deze meting intussen gewijzigd. Open de meting opnieuw voordat u de loonwaarde vaststelt.");
            return Page();
        }

        return this.RedirectSaved($"/loonwaarde/{assessment.Id}");
    }

    private Domain.Validation.ValidationResult Validate(WageValueAssessment a, WageValueDecision decision, Guid userId) =>
        WageValueDecisionRules.Validate(
            decision, a.Status, a.IsDecided, ReportedPercentage ?? -1,
            a.FinalisedAt is { } at ? DutchFormat.DayInAmsterdam(at) : DateOnly.MaxValue,
            IsAssessor(a, userId), time.TodayInNetherlands());

    // Besluit art. 3(4): whoever made or finalised the assessment is its assessor, whatever their role is now.
    private static bool IsAssessor(WageValueAssessment a, Guid userId) => userId == a.CreatedByUserId || userId == a.FinalisedByUserId;

    /// <summary>Whether this version can be set by this user at all; the reasons go to the summary.</summary>
    private void Show(WageValueAssessment a, Guid userId)
    {
        Id = a.Id;
        WorkerName = a.WorkerName;
        VersionNumber = a.VersionNumber;
        var measurements = WageValueForm.Measurements(a.Tasks);
        ReportedPercentage = WageValueCalculator.Validate(measurements).IsValid ? WageValueCalculator.Calculate(measurements).Percentage : null;

        var decider = WageValueDecisionRules.ValidateDecider(a.Status, a.IsDecided, IsAssessor(a, userId));
        foreach (var error in decider.Errors)
        {
            ModelState.AddModelError("", error.Message);
        }

        CanDecide = decider.IsValid && ReportedPercentage is not null;
    }
}
