using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// The one edit routine of the single-record pages (person, current situation, banenafspraak): load for edit,
/// refuse a withdrawn file, validate, check the version the user loaded, change with the field differences in
/// the audit trail, save, and on a conflict re-read what is stored now (read-only if the file was withdrawn
/// meanwhile). The gate has already admitted the actor and the participant. A page gives its form, how the
/// stored values read as that form, its validation and its change.
/// </summary>
public abstract class RecordPage<TInput>(CaseFiles files) : PageModel
    where TInput : class, new()
{
    /// <summary>The participant's version when the form was loaded (xmin).</summary>
    [BindProperty]
    public uint Version { get; set; }

    /// <summary>The values the form was loaded with, to name what someone else changed meanwhile.</summary>
    [BindProperty]
    public string? Loaded { get; set; }

    public string Name { get; private set; } = "";

    public bool ReadOnly { get; private set; }

    protected CaseFiles Files => files;

    /// <summary>The bound form; each page declares it, as its field names are the form's.</summary>
    protected abstract TInput Form { get; set; }

    /// <summary>The form's name, the prefix of its fields' errors.</summary>
    protected abstract string FormName { get; }

    protected abstract Category Section { get; }

    /// <summary>The section's name in the audit trail's fields ("Person.Surname").</summary>
    protected abstract string AuditName { get; }

    /// <summary>Where on the case file the page returns to.</summary>
    protected abstract string Anchor { get; }

    /// <summary>What is stored now, as the form shows it; <paramref name="participant"/> is not tracked.</summary>
    protected abstract Task<TInput> StoredAsync(Participant participant, CancellationToken cancellationToken);

    protected abstract Task ValidateAsync(FormRules.Errors errors, Participant participant, CancellationToken cancellationToken);

    /// <summary>Applies the form to the tracked participant; returns the section before and after, as forms.</summary>
    protected abstract Task<(TInput Before, TInput After)> ApplyAsync(Participant participant, CancellationToken cancellationToken);

    /// <summary>Whether a failed save means someone else saved first.</summary>
    protected virtual bool IsConflict(DbUpdateException exception) => exception is DbUpdateConcurrencyException;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await StoredFileAsync(cancellationToken) is not { } participant)
        {
            return NotFound();
        }

        Form = await StoredAsync(participant, cancellationToken);
        Version = participant.Version;
        Loaded = Snapshot.Of(Form);
        Name = participant.Person.FullName;
        ReadOnly = participant.IsWithdrawn;
        if (ReadOnly)
        {
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
        }

        await files.RecordViewAsync(participant.Id, Section, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
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
        await ValidateAsync(errors, participant, cancellationToken);
        ModelState.AddErrors(FormName, errors.List);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        files.ExpectVersion(participant, Version);
        var (before, after) = await ApplyAsync(participant, cancellationToken);
        var changed = Snapshot.Differences(before, after).Select(p => $"{AuditName}.{p.Name}");
        files.Audit(AuditActions.ParticipantChanged, participant.Id, [Section], changed);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{participant.Id}#{Anchor}");
        }
        catch (DbUpdateException e) when (IsConflict(e))
        {
            return await ConflictAsync(cancellationToken);
        }
    }

    /// <summary>The next save is judged against what is stored now; the user's own input stays in the form.</summary>
    private async Task<IActionResult> ConflictAsync(CancellationToken cancellationToken)
    {
        files.ClearTracked();
        if (await StoredFileAsync(cancellationToken) is not { } participant)
        {
            return NotFound();
        }

        var now = await StoredAsync(participant, cancellationToken);
        ReadOnly = participant.IsWithdrawn;
        ModelState.AddModelError(string.Empty, ReadOnly ? CaseFiles.WithdrawnMessage : Snapshot.ConflictMessage(Snapshot.Read<TInput>(Loaded), now));
        ModelState.Remove(nameof(Version));
        ModelState.Remove(nameof(Loaded));
        Version = participant.Version;
        Loaded = Snapshot.Of(now);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private Task<Participant?> StoredFileAsync(CancellationToken cancellationToken)
    {
        var participantId = files.ParticipantId;
        return files.Visible(files.Actor).AsNoTracking().SingleOrDefaultAsync(p => p.Id == participantId, cancellationToken);
    }
}
