using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// Gemeente and UWV end an organisation's involvement in a case, after a confirmation: that organisation's union or
/// employer staff no longer reach the file. The policy protects the registering organisation and the actor's own.
/// </summary>
[Requires(Requirement.ManageInvolvements)]
public sealed class EndInvolvementModel(CaseFiles files, RmtDbContext db) : PageModel
{
    public const string NotInvolvedMessage = "Deze organisatie is niet (meer) betrokken bij dit dossier.";

    public const string ProtectedMessage =
        "De betrokkenheid van de organisatie die de deelnemer heeft aangemeld, en die van uw eigen organisatie, kunt u niet beëindigen.";

    [BindProperty]
    public uint Version { get; set; }

    public string Name { get; private set; } = "";

    public string OrganisationName { get; private set; } = "";

    /// <summary>Nothing to confirm: not involved (any more), protected, or the participation has ended.</summary>
    public bool ReadOnly { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid organisationId, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var current = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Person, p.Version, p.Status, p.RegisteredByOrganisationId, Involved = p.Involvements.Any(i => i.OrganisationId == organisationId) })
            .SingleOrDefaultAsync(cancellationToken);
        var organisation = await OrganisationNameAsync(actor.RegionId, organisationId, cancellationToken);
        if (current is null || organisation is null)
        {
            return NotFound();
        }

        Name = current.Person.FullName;
        OrganisationName = organisation;
        Version = current.Version;
        var problem = current.Status == ParticipantStatus.Withdrawn ? CaseFiles.WithdrawnMessage
            : !current.Involved ? NotInvolvedMessage
            : !files.Policy.CanEndInvolvement(actor, organisationId, current.RegisteredByOrganisationId) ? ProtectedMessage
            : null;
        if (problem is not null)
        {
            ReadOnly = true;
            ModelState.AddModelError(string.Empty, problem);
        }

        await files.RecordViewAsync(id, Category.Person, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid organisationId, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var organisation = await OrganisationNameAsync(actor.RegionId, organisationId, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        var participant = await files.LoadForEditAsync(q => q.Include(p => p.Involvements), cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        Name = participant.Person.FullName;
        OrganisationName = organisation;
        var problem = participant.IsWithdrawn ? CaseFiles.WithdrawnMessage
            : participant.Involvements.All(i => i.OrganisationId != organisationId) ? NotInvolvedMessage
            : !files.Policy.CanEndInvolvement(actor, organisationId, participant.RegisteredByOrganisationId) ? ProtectedMessage
            : null;
        if (problem is null)
        {
            files.ExpectVersion(participant, Version);
            participant.EndInvolvement(organisationId);
            files.Audit(AuditActions.InvolvementEnded, id, fields: ["Involvements"], subjectId: organisationId);
            try
            {
                await files.SaveAsync(cancellationToken);
                return this.RedirectSaved($"/deelnemers/{id}#organisaties");
            }
            catch (DbUpdateConcurrencyException)
            {
                problem = "Iemand anders heeft dit dossier intussen gewijzigd. De betrokkenheid is niet beëindigd; controleer het dossier en probeer het opnieuw.";
            }
        }

        db.ChangeTracker.Clear();
        ReadOnly = true;
        ModelState.AddModelError(string.Empty, problem);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private Task<string?> OrganisationNameAsync(int regionId, Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.AsNoTracking().Where(o => o.Id == organisationId && o.RegionId == regionId)
            .Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
}
