using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The current work situation (category d).</summary>
[Requires(Requirement.Edit, Category = Category.CurrentSituation)]
public sealed class CurrentSituationModel(CaseFiles files) : PageModel
{
    private const Category Section = Category.CurrentSituation;

    [BindProperty]
    public SituationInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Loaded { get; set; }

    public string Name { get; private set; } = "";

    public bool ReadOnly { get; private set; }

    public IReadOnlyList<SelectListItem> StatusOptions { get; } = FormRules.Options<WorkStatus>(s => s.Label());

    public sealed record SituationInput
    {
        [Display(Name = "Situatie")]
        public WorkStatus? Status { get; set; }

        [Display(Name = "Werkgever")]
        public string? Employer { get; set; }

        [Display(Name = "Functie")]
        public string? JobTitle { get; set; }

        [Display(Name = "Uren per week")]
        [NoBsnCheck]
        public string? HoursPerWeek { get; set; }

        [Display(Name = "Verwacht einde dienstverband")]
        public string? ExpectedEndOfEmployment { get; set; }

        public static SituationInput From(CurrentSituation? s) => s is null ? new() : new()
        {
            Status = s.Status,
            Employer = s.Employer,
            JobTitle = s.JobTitle,
            HoursPerWeek = Show.Number(s.HoursPerWeek),
            ExpectedEndOfEmployment = Show.Iso(s.ExpectedEndOfEmployment),
        };

        public void Validate(FormRules.Errors errors, DateOnly today)
        {
            if (Status is null || !Enum.IsDefined(Status.Value))
            {
                errors.Add(nameof(Status), "Kies de huidige situatie.");
            }

            PersonInput.CheckLength(errors, Employer, nameof(Employer), 200);
            PersonInput.CheckLength(errors, JobTitle, nameof(JobTitle), 200);
            if (!string.IsNullOrWhiteSpace(HoursPerWeek) && !FormRules.TryParseHours(HoursPerWeek, out _))
            {
                errors.Add(nameof(HoursPerWeek), FormRules.HoursMessage);
            }

            if (errors.Date(ExpectedEndOfEmployment, nameof(ExpectedEndOfEmployment), null) is { } end && end > today.AddYears(PeriodRule.DefaultMaxYearsAhead))
            {
                errors.Add(nameof(ExpectedEndOfEmployment), PeriodRule.TooFarAheadMessage(PeriodRule.DefaultMaxYearsAhead));
            }

            errors.PlainText(this);
            errors.NoBsn(this);
        }

        public CurrentSituation ToSituation() => new()
        {
            Status = Status!.Value,
            Employer = PersonInput.Blank(Employer),
            JobTitle = PersonInput.Blank(JobTitle),
            HoursPerWeek = FormRules.TryParseHours(HoursPerWeek, out var hours) ? hours : null,
            ExpectedEndOfEmployment = FormRules.TryParseDate(ExpectedEndOfEmployment, out var end) ? end : null,
        };
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var current = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.Version, p.Status, p.CurrentSituation })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        Name = EntryRoute.FullName(current.GivenNames, current.Infix, current.Surname);
        Input = SituationInput.From(current.CurrentSituation);
        Version = current.Version;
        Loaded = Snapshot.Of(Input);
        ReadOnly = current.Status == ParticipantStatus.Withdrawn;
        if (ReadOnly)
        {
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
        }

        await files.RecordViewAsync(id, Section, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var participant = await files.LoadForEditAsync(null, cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        Name = participant.Person.FullName;
        if (participant.IsWithdrawn)
        {
            ReadOnly = true;
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var errors = new FormRules.Errors();
        Input.Validate(errors, files.Today);
        ModelState.AddErrors(nameof(Input), errors.List);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = SituationInput.From(participant.CurrentSituation);
        files.ExpectVersion(participant, Version);
        var situation = Input.ToSituation();
        if (participant.CurrentSituation is { } existing)
        {
            existing.Status = situation.Status;
            existing.Employer = situation.Employer;
            existing.JobTitle = situation.JobTitle;
            existing.HoursPerWeek = situation.HoursPerWeek;
            existing.ExpectedEndOfEmployment = situation.ExpectedEndOfEmployment;
        }
        else
        {
            participant.CurrentSituation = situation;
        }

        var changed = Snapshot.Differences(before, SituationInput.From(participant.CurrentSituation)).Select(p => $"CurrentSituation.{p.Name}");
        files.Audit(AuditActions.ParticipantChanged, id, [Section], changed);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{id}#situatie");
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.Version, p.CurrentSituation }).SingleOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            var now = SituationInput.From(current.CurrentSituation);
            ModelState.AddModelError(string.Empty, Snapshot.ConflictMessage(Snapshot.Read<SituationInput>(Loaded), now));
            ModelState.Remove(nameof(Version));
            ModelState.Remove(nameof(Loaded));
            Version = current.Version;
            Loaded = Snapshot.Of(now);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }
}
