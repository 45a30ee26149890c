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

/// <summary>Add ("nieuw"), correct or remove one labour-market mediation activity (category e).</summary>
[Requires(Requirement.Edit, Category = Category.Mediation)]
public sealed class MediationModel(CaseFiles files) : PageModel
{
    private const Category Section = Category.Mediation;

    [BindProperty]
    public MediationInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Loaded { get; set; }

    public Guid? EntryId { get; private set; }

    public string Name { get; private set; } = "";

    public bool ReadOnly { get; private set; }

    public IReadOnlyList<SelectListItem> KindOptions { get; } = FormRules.Options<MediationKind>(k => k.Label());

    public IReadOnlyList<SelectListItem> OutcomeOptions { get; } = FormRules.Options<MediationOutcome>(o => o.Label());

    public sealed record MediationInput
    {
        [Display(Name = "Activiteit")]
        public MediationKind? Kind { get; set; }

        [Display(Name = "Datum")]
        public string? Date { get; set; }

        [Display(Name = "Vacature of functie")]
        public string? Vacancy { get; set; }

        [Display(Name = "Resultaat")]
        public MediationOutcome? Outcome { get; set; }

        public static MediationInput From(MediationActivity m) => new()
        {
            Kind = m.Kind,
            Date = Show.Iso(m.Date),
            Vacancy = m.Vacancy,
            Outcome = m.Outcome,
        };

        public void Validate(FormRules.Errors errors, DateOnly today)
        {
            if (Kind is null || !Enum.IsDefined(Kind.Value))
            {
                errors.Add(nameof(Kind), "Kies de activiteit.");
            }

            if (errors.Date(Date, nameof(Date), "Vul de datum in.") is { } date)
            {
                // A planned interview may lie ahead, a mistyped year may not.
                errors.AddRange(PeriodRule.Validate(date, null, today, 1, startField: nameof(Date)));
            }

            PersonInput.CheckLength(errors, Vacancy, nameof(Vacancy), 200);
            if (Outcome is null || !Enum.IsDefined(Outcome.Value))
            {
                errors.Add(nameof(Outcome), "Kies het resultaat.");
            }

            errors.PlainText(this);
            errors.NoBsn(this);
        }

        public void ApplyTo(MediationActivity m)
        {
            m.Kind = Kind!.Value;
            _ = FormRules.TryParseDate(Date, out var date);
            m.Date = date;
            m.Vacancy = PersonInput.Blank(Vacancy);
            m.Outcome = Outcome!.Value;
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
            .Select(p => new { p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.Version, p.Status, Entry = p.Mediation.SingleOrDefault(e => e.Id == entryId) })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null || (entryId is not null && current.Entry is null))
        {
            return NotFound();
        }

        EntryId = entryId;
        Name = EntryRoute.FullName(current.GivenNames, current.Infix, current.Surname);
        Input = current.Entry is null ? new MediationInput { Date = Show.Iso(files.Today) } : MediationInput.From(current.Entry);
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

        var participant = await files.LoadForEditAsync(q => q.Include(p => p.Mediation), cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        EntryId = entryId;
        Name = participant.Person.FullName;
        var existing = entryId is null ? null : participant.Mediation.SingleOrDefault(e => e.Id == entryId);
        if (participant.IsWithdrawn || (entryId is not null && existing is null))
        {
            ReadOnly = true;
            ModelState.AddModelError(string.Empty, participant.IsWithdrawn ? CaseFiles.WithdrawnMessage : Snapshot.ConflictMessage<MediationInput>(null, null));
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
            participant.Mediation.Remove(existing!);
            fields = ["Mediation.removed"];
        }
        else if (existing is null)
        {
            // The organisation that did the activity is the one recording it.
            var added = new MediationActivity { ParticipantId = participant.Id, OrganisationId = actor.OrganisationId };
            Input.ApplyTo(added);
            participant.Mediation.Add(added);
            fields = ["Mediation.added"];
        }
        else
        {
            var before = MediationInput.From(existing);
            Input.ApplyTo(existing);
            fields = Snapshot.Differences(before, MediationInput.From(existing)).Select(p => $"Mediation.{p.Name}").ToList();
        }

        files.Audit(AuditActions.ParticipantChanged, id, [Section], fields);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{id}#bemiddeling");
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.Version, Entry = p.Mediation.SingleOrDefault(e => e.Id == entryId) })
                .SingleOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            var now = current.Entry is null ? (entryId is null ? new MediationInput() : null) : MediationInput.From(current.Entry);
            ModelState.AddModelError(string.Empty, Snapshot.ConflictMessage(Snapshot.Read<MediationInput>(Loaded), now));
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
