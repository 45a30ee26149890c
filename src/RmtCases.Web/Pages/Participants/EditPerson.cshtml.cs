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

[Requires(Requirement.Edit, Category = Category.Person)]
public sealed class EditPersonModel(CaseFiles files) : PageModel
{
    [BindProperty]
    public PersonInput Person { get; set; } = new();

    /// <summary>The participant's version when the form was loaded (xmin).</summary>
    [BindProperty]
    public uint Version { get; set; }

    /// <summary>The values the form was loaded with, to name what someone else changed meanwhile.</summary>
    [BindProperty]
    public string? Loaded { get; set; }

    public string Name { get; private set; } = "";

    public bool ReadOnly { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var current = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Person, p.Version, p.Status }).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        Person = PersonInput.From(current.Person);
        Version = current.Version;
        Loaded = Snapshot.Of(Person);
        Name = current.Person.FullName;
        ReadOnly = current.Status == ParticipantStatus.Withdrawn;
        if (ReadOnly)
        {
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
        }

        await files.RecordViewAsync(id, Category.Person, cancellationToken);
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
        Person.Validate(errors, files.Today);
        if (!errors.Has(nameof(PersonInput.DateOfBirth)) && FormRules.TryParseDate(Person.DateOfBirth, out var dateOfBirth))
        {
            errors.AddRange(ConsentRule.ValidateDateOfBirth(dateOfBirth, participant.ParticipationAgreedOn, nameof(PersonInput.DateOfBirth)));
        }
        ModelState.AddErrors(nameof(Person), errors.List);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = PersonInput.From(participant.Person);
        files.ExpectVersion(participant, Version);
        Person.ApplyTo(participant.Person);
        var changed = Snapshot.Differences(before, PersonInput.From(participant.Person)).Select(p => $"Person.{p.Name}");
        files.Audit(AuditActions.ParticipantChanged, id, [Category.Person], changed);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{id}#persoon");
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(actor, id, cancellationToken);
        }
    }

    private async Task<IActionResult> ConflictAsync(Domain.Access.Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var current = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Person, p.Version, p.Status }).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        var now = PersonInput.From(current.Person);
        ModelState.AddModelError(string.Empty, Snapshot.ConflictMessage(Snapshot.Read<PersonInput>(Loaded), now));
        ReadOnly = current.Status == ParticipantStatus.Withdrawn;

        // The next save is judged against what is stored now; the user's own input stays in the form.
        ModelState.Remove(nameof(Version));
        ModelState.Remove(nameof(Loaded));
        Version = current.Version;
        Loaded = Snapshot.Of(now);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
