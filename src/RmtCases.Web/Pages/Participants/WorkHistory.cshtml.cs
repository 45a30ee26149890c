using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>Add ("nieuw"), correct or remove one work-history entry (category c).</summary>
[Requires(Requirement.Edit, Category = Category.WorkHistory)]
public sealed class WorkHistoryModel(CaseFiles files) : PageModel
{
    private const Category Section = Category.WorkHistory;

    [BindProperty]
    public WorkInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Loaded { get; set; }

    public Guid? EntryId { get; private set; }

    public string Name { get; private set; } = "";

    public bool ReadOnly { get; private set; }

    public sealed record WorkInput
    {
        [Display(Name = "Werkgever")]
        public string? Employer { get; set; }

        [Display(Name = "Functie")]
        public string? JobTitle { get; set; }

        [Display(Name = "Begindatum")]
        public string? StartDate { get; set; }

        [Display(Name = "Einddatum")]
        public string? EndDate { get; set; }

        [Display(Name = "Uren per week")]
        [NoBsnCheck]
        public string? HoursPerWeek { get; set; }

        public static WorkInput From(WorkHistoryEntry e) => new()
        {
            Employer = e.Employer,
            JobTitle = e.JobTitle,
            StartDate = Show.Iso(e.StartDate),
            EndDate = Show.Iso(e.EndDate),
            HoursPerWeek = Show.Number(e.HoursPerWeek),
        };

        public void Validate(FormRules.Errors errors, DateOnly dateOfBirth, DateOnly today)
        {
            errors.Require(Employer, nameof(Employer), "Vul de werkgever in.");
            errors.Require(JobTitle, nameof(JobTitle), "Vul de functie in.");
            PersonInput.CheckLength(errors, Employer, nameof(Employer), 200);
            PersonInput.CheckLength(errors, JobTitle, nameof(JobTitle), 200);
            var start = errors.Date(StartDate, nameof(StartDate), "Vul de begindatum in.");
            var end = errors.Date(EndDate, nameof(EndDate), null);
            if (start is { } s && (end is not null || string.IsNullOrWhiteSpace(EndDate)))
            {
                errors.AddRange(WorkHistoryRule.Validate(s, end, dateOfBirth, today, startField: nameof(StartDate), endField: nameof(EndDate)));
            }

            if (!string.IsNullOrWhiteSpace(HoursPerWeek) && !FormRules.TryParseHours(HoursPerWeek, out _))
            {
                errors.Add(nameof(HoursPerWeek), FormRules.HoursMessage);
            }

            errors.PlainText(this);
            errors.NoBsn(this);
        }

        public void ApplyTo(WorkHistoryEntry e)
        {
            e.Employer = FormRules.StoredRequired(Employer);
            e.JobTitle = FormRules.StoredRequired(JobTitle);
            _ = FormRules.TryParseDate(StartDate, out var start);
            e.StartDate = start;
            e.EndDate = FormRules.TryParseDate(EndDate, out var end) ? end : null;
            e.HoursPerWeek = FormRules.TryParseHours(HoursPerWeek, out var hours) ? hours : null;
        }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, string entry, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        if (!EntryRoute.TryParse(entry, out var entryId))
        {
            return NotFound();
        }

        var current = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.Version, p.Status, Entry = p.WorkHistory.SingleOrDefault(e => e.Id == entryId) })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null || (entryId is not null && current.Entry is null))
        {
            return NotFound();
        }

        EntryId = entryId;
        Name = EntryRoute.FullName(current.GivenNames, current.Infix, current.Surname);
        Input = current.Entry is null ? new WorkInput() : WorkInput.From(current.Entry);
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

    public async Task<IActionResult> OnPostAsync(Guid id, string entry, CancellationToken cancellationToken) =>
        await SaveAsync(id, entry, remove: false, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, string entry, CancellationToken cancellationToken) =>
        await SaveAsync(id, entry, remove: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid id, string entry, bool remove, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        if (!EntryRoute.TryParse(entry, out var entryId) || (remove && entryId is null))
        {
            return NotFound();
        }

        var participant = await files.LoadForEditAsync(q => q.Include(p => p.WorkHistory), cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        EntryId = entryId;
        Name = participant.Person.FullName;
        var existing = entryId is null ? null : participant.WorkHistory.SingleOrDefault(e => e.Id == entryId);
        if (participant.IsWithdrawn)
        {
            ReadOnly = true;
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (entryId is not null && existing is null)
        {
            // Removed by someone else meanwhile.
            ModelState.AddModelError(string.Empty, Snapshot.ConflictMessage<WorkInput>(null, null));
            ReadOnly = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (!remove)
        {
            var errors = new FormRules.Errors();
            Input.Validate(errors, participant.Person.DateOfBirth, files.Today);
            ModelState.AddErrors(nameof(Input), errors.List);
            if (!ModelState.IsValid)
            {
                return Page();
            }
        }

        files.ExpectVersion(participant, Version);
        IEnumerable<string> fields;
        if (remove)
        {
            participant.WorkHistory.Remove(existing!);
            fields = ["WorkHistory.removed"];
        }
        else if (existing is null)
        {
            var added = new WorkHistoryEntry { ParticipantId = participant.Id, Employer = "", JobTitle = "" };
            Input.ApplyTo(added);
            participant.WorkHistory.Add(added);
            fields = ["WorkHistory.added"];
        }
        else
        {
            var before = WorkInput.From(existing);
            Input.ApplyTo(existing);
            fields = Snapshot.Differences(before, WorkInput.From(existing)).Select(p => $"WorkHistory.{p.Name}").ToList();
        }

        files.Audit(AuditActions.ParticipantChanged, id, [Section], fields);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{id}#arbeidsverleden");
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.Version, Entry = p.WorkHistory.SingleOrDefault(e => e.Id == entryId) })
                .SingleOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            var now = current.Entry is null ? (entryId is null ? new WorkInput() : null) : WorkInput.From(current.Entry);
            ModelState.AddModelError(string.Empty, Snapshot.ConflictMessage(Snapshot.Read<WorkInput>(Loaded), now));
            if (remove && now is not null)
            {
                // A refused removal posts no field values: show what is stored now.
                Input = now;
            }
            ModelState.Remove(nameof(Version));
            ModelState.Remove(nameof(Loaded));
            Version = current.Version;
            Loaded = now is null ? null : Snapshot.Of(now);
            ReadOnly = now is null;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }
}
