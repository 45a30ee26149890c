using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RmtCases.Domain.Access;
using RmtCases.Domain.Retention;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Retention;

namespace RmtCases.Web.Pages.Admin;

/// <summary>Retention settings with their source, the dry run, and the four-eyes manual purge.</summary>
public sealed class RetentionModel(
    Admission admission, RmtDbContext db, PurgeEngine engine, IOptions<RetentionOptions> options,
    TimeProvider time, AuditLog audit, IOptions<RmtCases.Web.Features.WageValue.WageValueOptions> wageValue) : PageModel
{
    public const string ConfirmationWord = "VERNIETIGEN";

    public RetentionOptions Settings => options.Value;
    public int WageValueYears => wageValue.Value.RetentionYearsAfterFinalisation;
    public PurgePreview Preview { get; private set; } = null!;
    public IReadOnlyList<RunRow> Runs { get; private set; } = [];
    public string? Message { get; private set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public sealed record RunRow(Guid Id, PurgeStatus Status, bool Automatic, string PreparedBy, string? ApprovedBy, DateTimeOffset PreparedAt,
        DateTimeOffset? FinishedAt, long? Participants, Guid? CertificateId, bool MayApprove);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPrepareAsync(CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        if (!string.Equals(Confirmation?.Trim(), ConfirmationWord, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Confirmation), $"Typ {ConfirmationWord} om te bevestigen dat u deze vernietiging wilt voorbereiden.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var settings = engine.CurrentSettings();
        var preview = await engine.PreviewAsync(settings, cancellationToken);
        var run = new PurgeRun
        {
            Kind = PurgeKind.Rmt,
            Status = PurgeStatus.Prepared,
            PreparedByUserId = actor.UserId,
            PreparedAt = time.GetUtcNow(),
            Settings = JsonSerializer.Serialize(settings),
            DryRun = JsonSerializer.Serialize(new { preview.Rows, preview.Settlements }),
        };
        db.PurgeRuns.Add(run);
        audit.Add(AuditActions.Purge, subjectId: run.Id, fields: ["prepared"]);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid runId, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        var run = await db.PurgeRuns.SingleOrDefaultAsync(r => r.Id == runId && r.Status == PurgeStatus.Prepared, cancellationToken);
        if (run is null)
        {
            return NotFound();
        }

        // Four eyes: the administrator who prepared a manual purge cannot approve it.
        if (run.PreparedByUserId == actor.UserId)
        {
            Message = "Een tweede beheerder moet deze vernietiging goedkeuren; u hebt haar zelf voorbereid.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        run.Status = PurgeStatus.Approved;
        run.ApprovedByUserId = actor.UserId;
        audit.Add(AuditActions.Purge, subjectId: run.Id, fields: ["approved"]);
        await db.SaveChangesAsync(cancellationToken);

        var outcome = await engine.ExecuteAsync(engine.CurrentSettings(), run.Id, actor.UserId, automatic: false, progress: null, cancellationToken);
        Message = outcome.AlreadyRunning
            ? "Er loopt al een vernietiging. Deze is goedgekeurd en wordt uitgevoerd zodra de lopende klaar is."
            : string.Create(CultureInfo.GetCultureInfo("nl-NL"), $"Vernietiging uitgevoerd: gegevens van {outcome.Rows[PurgeEngine.ParticipantsTable]} deelnemers gewist.");
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The destruction certificate as PDF. It holds counts and organisation names, no personal data.</summary>
    public async Task<IActionResult> OnGetCertificateAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = await db.DestructionCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (certificate is null)
        {
            return NotFound();
        }

        var content = JsonSerializer.Deserialize<DestructionCertificateContent>(certificate.Content)!;
        Response.Headers.CacheControl = "no-store";
        return File(DestructionCertificatePdf.Render(certificate.Id, certificate.IssuedAt, content), "application/pdf", $"vernietigingsverklaring-{certificate.Id:N}.pdf");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        // A run still marked running whose process died gets closed here too, not only by the next purge.
        if (await db.PurgeRuns.AnyAsync(r => r.Status == PurgeStatus.Running, cancellationToken))
        {
            await engine.CloseDeadRunsAsync(cancellationToken);
        }

        Preview = await engine.PreviewAsync(engine.CurrentSettings(), cancellationToken);
        var runs = await db.PurgeRuns.AsNoTracking().OrderByDescending(r => r.PreparedAt).Take(20).ToListAsync(cancellationToken);
        var userIds = runs.SelectMany(r => new[] { r.PreparedByUserId, r.ApprovedByUserId }).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var runIds = runs.Select(r => r.Id).ToList();
        var certificates = await db.DestructionCertificates.AsNoTracking().Where(c => runIds.Contains(c.PurgeRunId))
            .ToDictionaryAsync(c => c.PurgeRunId, c => c.Id, cancellationToken);
        Runs = runs.Select(r => new RunRow(
            r.Id, r.Status, r.Automatic,
            r.Automatic ? "automatisch" : r.PreparedByUserId is { } p ? names.GetValueOrDefault(p, "?") : "opdrachtregel",
            r.ApprovedByUserId is { } a ? names.GetValueOrDefault(a, "?") : null,
            r.PreparedAt, r.FinishedAt,
            r.Counts is null ? null : JsonSerializer.Deserialize<Dictionary<string, long>>(r.Counts)!.GetValueOrDefault(PurgeEngine.ParticipantsTable),
            certificates.TryGetValue(r.Id, out var c) ? c : null,
            r.Status == PurgeStatus.Prepared && r.PreparedByUserId != actor.UserId)).ToList();
    }

    public static string StatusLabel(PurgeStatus status) => PurgeStatusLabels.Label(status);
}
