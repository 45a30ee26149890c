using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// The one edit routine of the list-entry pages ("{entry}" is "nieuw" or an entry's id): parse the route, load
/// the file for edit, refuse a withdrawn file or a vanished entry, validate, check the version the user loaded,
/// add, change or remove the entry with its field differences in the audit trail, save, and on a conflict
/// re-read what is stored now. The gate has already admitted the actor and the participant. A page gives its
/// category, its collection, the mapping between entry and input, and its validation.
/// </summary>
public abstract class EntryPage<TEntry, TInput>(CaseFiles files) : PageModel
    where TEntry : class, IParticipantEntry
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Loaded { get; set; }

    public Guid? EntryId { get; private set; }

    public string Name { get; private set; } = "";

    public bool ReadOnly { get; private set; }

    protected CaseFiles Files => files;

    protected abstract Category Section { get; }

    /// <summary>The participant's collection, for loading and querying it.</summary>
    protected abstract Expression<Func<Participant, IEnumerable<TEntry>>> Entries { get; }

    /// <summary>The same collection on a tracked participant.</summary>
    protected abstract ICollection<TEntry> EntriesOf(Participant participant);

    /// <summary>The collection's name in the audit trail's fields ("Education.removed", "Education.Level").</summary>
    protected abstract string AuditName { get; }

    /// <summary>Where on the case file the page returns to.</summary>
    protected abstract string Anchor { get; }

    protected abstract TInput ToInput(TEntry entry);

    protected abstract TEntry NewEntry(Participant participant);

    protected abstract void Apply(TInput input, TEntry entry);

    protected abstract Task ValidateAsync(FormRules.Errors errors, Participant participant, CancellationToken cancellationToken);

    /// <summary>The form of a new entry.</summary>
    protected virtual TInput Blank() => new();

    /// <summary>What the form needs besides the entry (option lists), on every request that shows it.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The categories the change is recorded under, asked after it is made; <paramref name="existing"/> is null for a new entry.</summary>
    protected virtual IReadOnlyList<Category> Touched(TEntry? existing) => [Section];

    public async Task<IActionResult> OnGetAsync(string entry, CancellationToken cancellationToken)
    {
        if (!EntryRoute.TryParse(entry, out var entryId))
        {
            return NotFound();
        }

        var participantId = files.ParticipantId;
        var file = files.Visible(files.Actor).AsNoTracking().Where(p => p.Id == participantId);
        var head = await file.Select(p => new { p.Person, p.Version, p.Status }).SingleOrDefaultAsync(cancellationToken);
        var stored = entryId is { } wanted ? await file.SelectMany(Entries).SingleOrDefaultAsync(e => e.Id == wanted, cancellationToken) : null;
        if (head is null || (entryId is not null && stored is null))
        {
            return NotFound();
        }

        EntryId = entryId;
        Name = head.Person.FullName;
        Input = stored is null ? Blank() : ToInput(stored);
        Version = head.Version;
        Loaded = Snapshot.Of(Input);
        ReadOnly = head.Status == ParticipantStatus.Withdrawn;
        if (ReadOnly)
        {
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
        }

        await PrepareAsync(cancellationToken);
        await files.RecordViewAsync(participantId, Section, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(string entry, CancellationToken cancellationToken) =>
        SaveAsync(entry, remove: false, cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(string entry, CancellationToken cancellationToken) =>
        SaveAsync(entry, remove: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(string entry, bool remove, CancellationToken cancellationToken)
    {
        if (!EntryRoute.TryParse(entry, out var entryId) || (remove && entryId is null))
        {
            return NotFound();
        }

        var participant = await files.LoadForEditAsync(q => q.Include(Entries), cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        await PrepareAsync(cancellationToken);
        EntryId = entryId;
        Name = participant.Person.FullName;
        var entries = EntriesOf(participant);
        var existing = entryId is null ? null : entries.SingleOrDefault(e => e.Id == entryId);
        if (participant.IsWithdrawn || (entryId is not null && existing is null))
        {
            // Withdrawn, or the entry removed by someone else meanwhile.
            ReadOnly = true;
            ModelState.AddModelError(string.Empty, participant.IsWithdrawn ? CaseFiles.WithdrawnMessage : Snapshot.ConflictMessage<TInput>(null, null));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (!remove)
        {
            var errors = new FormRules.Errors();
            await ValidateAsync(errors, participant, cancellationToken);
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
            entries.Remove(existing!);
            fields = [$"{AuditName}.removed"];
        }
        else if (existing is null)
        {
            var added = NewEntry(participant);
            Apply(Input, added);
            entries.Add(added);
            fields = [$"{AuditName}.added"];
        }
        else
        {
            var before = ToInput(existing);
            Apply(Input, existing);
            fields = Snapshot.Differences(before, ToInput(existing)).Select(p => $"{AuditName}.{p.Name}").ToList();
        }

        files.Audit(AuditActions.ParticipantChanged, participant.Id, Touched(existing), fields);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{participant.Id}#{Anchor}");
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(entryId, remove, cancellationToken);
        }
    }

    /// <summary>Someone saved the file meanwhile: say what is stored now and offer it for another try.</summary>
    private async Task<IActionResult> ConflictAsync(Guid? entryId, bool remove, CancellationToken cancellationToken)
    {
        var participantId = files.ParticipantId;
        var file = files.Visible(files.Actor).AsNoTracking().Where(p => p.Id == participantId);
        var head = await file.Select(p => new { p.Version }).SingleOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return NotFound();
        }

        var stored = entryId is { } wanted ? await file.SelectMany(Entries).SingleOrDefaultAsync(e => e.Id == wanted, cancellationToken) : null;
        var now = stored is null ? (entryId is null ? new TInput() : null) : ToInput(stored);
        ModelState.AddModelError(string.Empty, Snapshot.ConflictMessage(Snapshot.Read<TInput>(Loaded), now));
        if (remove && now is not null)
        {
            // A refused removal posts no field values: show what is stored now.
            Input = now;
        }

        ModelState.Remove(nameof(Version));
        ModelState.Remove(nameof(Loaded));
        Version = head.Version;
        Loaded = now is null ? null : Snapshot.Of(now);
        ReadOnly = now is null;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
