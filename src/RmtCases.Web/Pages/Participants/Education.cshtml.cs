using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>Add ("nieuw"), correct or remove one education entry (category b).</summary>
[Requires(Requirement.Edit, Category = Category.Education)]
public sealed class EducationModel(CaseFiles files) : PageModel
{
    private const Category Section = Category.Education;

    [BindProperty]
    public EducationInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Loaded { get; set; }

    public Guid? EntryId { get; private set; }

    public string Name { get; private set; } = "";

    public bool ReadOnly { get; private set; }

    public IReadOnlyList<SelectListItem> LevelOptions { get; } = FormRules.Options<EducationLevel>(l => l.Label());

    public sealed record EducationInput
    {
        [Display(Name = "Niveau")]
        public EducationLevel? Level { get; set; }

        [Display(Name = "Opleiding")]
        public string? Programme { get; set; }

        [Display(Name = "Onderwijsinstelling")]
        public string? Institution { get; set; }

        [Display(Name = "Beginjaar")]
        [NoBsnCheck]
        public string? StartYear { get; set; }

        [Display(Name = "Eindjaar")]
        [NoBsnCheck]
        public string? EndYear { get; set; }

        [Display(Name = "Diploma behaald")]
        public bool DiplomaObtained { get; set; }

        public static EducationInput From(EducationEntry e) => new()
        {
            Level = e.Level,
            Programme = e.Programme,
            Institution = e.Institution,
            StartYear = e.StartYear?.ToString(CultureInfo.InvariantCulture),
            EndYear = e.EndYear?.ToString(CultureInfo.InvariantCulture),
            DiplomaObtained = e.DiplomaObtained,
        };

        public void Validate(FormRules.Errors errors, DateOnly today)
        {
            if (Level is null || !Enum.IsDefined(Level.Value))
            {
                errors.Add(nameof(Level), "Kies het niveau van de opleiding.");
            }

            errors.Require(Programme, nameof(Programme), "Vul de naam van de opleiding in.");
            PersonInput.CheckLength(errors, Programme, nameof(Programme), 200);
            PersonInput.CheckLength(errors, Institution, nameof(Institution), 200);
            var start = Year(errors, StartYear, nameof(StartYear), today);
            var end = Year(errors, EndYear, nameof(EndYear), today);
            if (start is not null && end is not null && end < start)
            {
                errors.Add(nameof(EndYear), "Het eindjaar moet gelijk zijn aan of na het beginjaar liggen.");
            }

            errors.PlainText(this);
            errors.NoBsn(this);
        }

        // A school year typed as four digits; not before the oldest participant's youth, not beyond five years ahead.
        private static int? Year(FormRules.Errors errors, string? value, string field, DateOnly today)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1940 && year <= today.Year + 5)
            {
                return year;
            }

            errors.Add(field, $"Vul een jaartal in van vier cijfers, tussen 1940 en {today.Year + 5}.");
            return null;
        }

        public void ApplyTo(EducationEntry e)
        {
            e.Level = Level!.Value;
            e.Programme = FormRules.StoredRequired(Programme);
            e.Institution = PersonInput.Blank(Institution);
            e.StartYear = int.TryParse(StartYear, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : null;
            e.EndYear = int.TryParse(EndYear, NumberStyles.None, CultureInfo.InvariantCulture, out var end) ? end : null;
            e.DiplomaObtained = DiplomaObtained;
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
            .Select(p => new { p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.Version, p.Status, Entry = p.Education.SingleOrDefault(e => e.Id == entryId) })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null || (entryId is not null && current.Entry is null))
        {
            return NotFound();
        }

        EntryId = entryId;
        Name = EntryRoute.FullName(current.GivenNames, current.Infix, current.Surname);
        Input = current.Entry is null ? new EducationInput() : EducationInput.From(current.Entry);
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

        var participant = await files.LoadForEditAsync(q => q.Include(p => p.Education), cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        EntryId = entryId;
        Name = participant.Person.FullName;
        var existing = entryId is null ? null : participant.Education.SingleOrDefault(e => e.Id == entryId);
        if (participant.IsWithdrawn || (entryId is not null && existing is null))
        {
            ReadOnly = true;
            ModelState.AddModelError(string.Empty, participant.IsWithdrawn ? CaseFiles.WithdrawnMessage : Snapshot.ConflictMessage<EducationInput>(null, null));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (!remove)
        {
            var errors = new FormRules.Errors();
            Input.Validate(errors, files.Today);
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
            participant.Education.Remove(existing!);
            fields = ["Education.removed"];
        }
        else if (existing is null)
        {
            var added = new EducationEntry { ParticipantId = participant.Id, Programme = "" };
            Input.ApplyTo(added);
            participant.Education.Add(added);
            fields = ["Education.added"];
        }
        else
        {
            var before = EducationInput.From(existing);
            Input.ApplyTo(existing);
            fields = Snapshot.Differences(before, EducationInput.From(existing)).Select(p => $"Education.{p.Name}").ToList();
        }

        files.Audit(AuditActions.ParticipantChanged, id, [Section], fields);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{id}#opleiding");
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.Version, Entry = p.Education.SingleOrDefault(e => e.Id == entryId) })
                .SingleOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            var now = current.Entry is null ? (entryId is null ? new EducationInput() : null) : EducationInput.From(current.Entry);
            ModelState.AddModelError(string.Empty, Snapshot.ConflictMessage(Snapshot.Read<EducationInput>(Loaded), now));
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
