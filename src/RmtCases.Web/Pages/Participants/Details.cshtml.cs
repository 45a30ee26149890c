using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

public sealed class DetailsModel(CaseFiles files, RmtDbContext db, Features.Casework.CaseworkQueries casework) : PageModel
{
    /// <summary>The route, its holders and plan (category e); null for whoever may not see it.</summary>
    public Features.Casework.RouteView? Route { get; private set; }

    public DateOnly Today => files.Today;

    /// <summary>The actor's organisation, printed on every page of the file.</summary>
    public string PrintedBy { get; private set; } = "";

    public CaseFile Case { get; private set; } = null!;

    public IReadOnlyList<Category> Visible { get; private set; } = [];

    public bool CanManageInvolvements { get; private set; }

    /// <summary>Category g; loaded only when the policy allows it, otherwise never queried.</summary>
    public CaseFileLists.BanenafspraakRow? Banenafspraak { get; private set; }

    public DateOnly? ErasureDate { get; private set; }

    public IReadOnlyList<SelectListItem> InvolvableOrganisations { get; private set; } = [];

    public bool CanShare { get; private set; }

    public bool CanProduceSubjectAccessReport { get; private set; }

    /// <summary>GDPR art. 19: recipients holding data corrected since; empty for whoever may not share.</summary>
    public IReadOnlyList<RecipientToInform> RecipientsToInform { get; private set; } = [];

    [BindProperty]
    public NotifyInput Notify { get; set; } = new();

    /// <summary>The organisations the caseworker saw listed: one appearing meanwhile is not marked as told.</summary>
    public sealed record NotifyInput
    {
        public List<Guid> OrganisationIds { get; set; } = [];
    }

    [BindProperty]
    public InvolveInput Involve { get; set; } = new();

    public sealed record InvolveInput
    {
        [Display(Name = "Organisatie")]
        public Guid? OrganisationId { get; set; }

        public uint Version { get; set; }
    }

    public sealed record CaseFile(
        Guid Id,
        uint Version,
        ParticipantStatus Status,
        DateTimeOffset RegisteredAt,
        PersonDetails Person,
        DateOnly ParticipationAgreedOn,
        InformedBy InformedBy,
        DateOnly? WithdrawnOn,
        WithdrawalReason? WithdrawalReason,
        CurrentSituation? CurrentSituation,
        IReadOnlyList<EducationEntry> Education,
        IReadOnlyList<WorkHistoryEntry> WorkHistory,
        IReadOnlyList<MediationActivity> Mediation,
        IReadOnlyList<CaseFileLists.ServiceRow> ServiceDeliveries,
        IReadOnlyList<CaseFileLists.InvolvementRow> Involvements)
    {
        public bool IsWithdrawn => Status == ParticipantStatus.Withdrawn;
    }

    /// <summary>The involvements this caseworker may end (the policy protects the registering and the own organisation).</summary>
    public IReadOnlySet<Guid> EndableInvolvements { get; private set; } = new HashSet<Guid>();

    public bool Shows(Category category) => Visible.Contains(category);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        if (!await LoadAsync(actor, id, cancellationToken))
        {
            return NotFound();
        }

        files.Audit(AuditActions.ParticipantViewed, id, Visible);
        await files.SaveAsync(cancellationToken);
        return Page();
    }

    [Requires(Requirement.ManageInvolvements)]
    public async Task<IActionResult> OnPostInvolveAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var participant = await files.LoadForEditAsync(q => q.Include(p => p.Involvements), cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        var organisation = Involve.OrganisationId is { } organisationId
            ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId && o.RegionId == actor.RegionId, cancellationToken)
            : null;
        if (participant.IsWithdrawn)
        {
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
        }
        else if (organisation is null || !OrganisationTypeRules.CanBeInvolved(organisation.Type))
        {
            ModelState.AddModelError($"{nameof(Involve)}.{nameof(InvolveInput.OrganisationId)}", "Kies een organisatie uit de lijst.");
        }

        if (ModelState.IsValid)
        {
            files.ExpectVersion(participant, Involve.Version);
            participant.Involve(organisation!.Id, files.Now);
            files.Audit(AuditActions.InvolvementAdded, id, fields: ["Involvements"]);
            try
            {
                await files.SaveAsync(cancellationToken);
                return this.RedirectSaved($"/deelnemers/{id}#organisaties");
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, "Iemand anders heeft dit dossier intussen gewijzigd. De organisatie is niet toegevoegd; controleer het dossier en probeer het opnieuw.");
            }
        }

        db.ChangeTracker.Clear();
        if (!await LoadAsync(actor, id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Remove($"{nameof(Involve)}.{nameof(InvolveInput.Version)}");
        Involve.Version = Case.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Records that the listed recipients were told of the corrections (GDPR art. 19), one audit row per organisation.</summary>
    [Requires(Requirement.Export)]
    public async Task<IActionResult> OnPostNotifiedAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var pending = await Features.Participants.RecipientsToInform.ForParticipantAsync(db, id, files.Policy, actor, cancellationToken);
        foreach (var recipient in pending.Where(r => Notify.OrganisationIds.Contains(r.OrganisationId)))
        {
            files.Audit(AuditActions.RecipientsNotified, id, recipient.Categories, subjectId: recipient.OrganisationId);
        }

        await files.SaveAsync(cancellationToken);
        return this.RedirectSaved($"/deelnemers/{id}#ontvangers-informeren");
    }

    private async Task<bool> LoadAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        // The participant's own row (with what the route and the involvement rules need), then every list in one
        // round trip by participant_id: the gate found this participant in scope moments ago, and row-level
        // security still applies to each list's table.
        var row = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                File = new CaseFile(
                    p.Id, p.Version, p.Status, p.RegisteredAt, p.Person, p.ParticipationAgreedOn, p.InformedBy,
                    p.WithdrawnOn, p.WithdrawalReason, p.CurrentSituation, null!, null!, null!, null!, null!),
                p.RegisteredByOrganisationId,
                Route = new Features.Casework.CaseworkQueries.RouteState(p.RoutePhase, p.RoutePhaseSince, p.RouteOutcome, p.RouteAbortReason, p.Status),
                // For the print band, in the same statement rather than one more from the view.
                PrintedBy = db.Organisations.Where(o => o.Id == actor.OrganisationId).Select(o => o.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return false;
        }

        // AP z2021-2117: category g only for gemeente and UWV; for anyone else it is not even read.
        var seesBanenafspraak = files.Policy.CanSee(actor, Category.Banenafspraak);
        var seesRoute = files.Policy.CanSeeRoute(actor);
        // The lists, the exchanges for the recipients to inform and the organisations that may still be involved:
        // one round trip (QueryBatch), three before.
        CanManageInvolvements = files.Policy.CanManageInvolvements(actor) && !row.File.IsWithdrawn;
        CanShare = files.Policy.CanExport(actor);
        var batch = new QueryBatch(db);
        var json = batch.Add(CaseFileLists.Query(db, id, seesBanenafspraak, seesRoute), r => r.GetString(0));
        var exports = CanShare ? batch.Add(Features.Participants.RecipientsToInform.ExportsQuery(db, id), Features.Participants.RecipientsToInform.ReadExport) : null;
        // A region has a handful of organisations: the policy filters them below rather than being restated in SQL.
        var involvable = CanManageInvolvements
            ? batch.Add(
                db.Organisations.AsNoTracking()
                    .Where(o => o.RegionId == actor.RegionId && !db.CaseInvolvements.Any(i => i.ParticipantId == id && i.OrganisationId == o.Id))
                    .OrderBy(o => o.Name)
                    .Select(o => new { o.Id, o.Name, o.Type }),
                r => (Id: r.GetGuid(0), Name: r.GetString(1), Type: (OrganisationType)r.GetInt32(2)))
            : null;
        await batch.SendAsync(cancellationToken);
        var lists = CaseFileLists.Parse(json.Single(), seesBanenafspraak, seesRoute);
        var file = row.File with
        {
            Education = lists.Education, WorkHistory = lists.WorkHistory, Mediation = lists.Mediation,
            ServiceDeliveries = lists.ServiceDeliveries, Involvements = lists.Involvements,
        };
        Banenafspraak = seesBanenafspraak ? lists.Banenafspraak : null;
        Case = file;
        Visible = files.Policy.VisibleCategories(actor);
        Route = seesRoute ? casework.RouteOf(actor, id, row.Route, lists.Holders!, lists.Plan!) : null;
        PrintedBy = row.PrintedBy ?? "";
        ErasureDate = file.WithdrawnOn is { } withdrawnOn ? files.ErasureDate(withdrawnOn) : null;
        CanProduceSubjectAccessReport = files.Policy.CanProduceSubjectAccessReport(actor);
        if (exports is not null)
        {
            RecipientsToInform = await Features.Participants.RecipientsToInform.FromExportsAsync(db, id, files.Policy, actor, exports, cancellationToken);
        }

        if (Involve.Version == 0)
        {
            Involve.Version = file.Version;
        }

        if (involvable is not null)
        {
            var registeredBy = row.RegisteredByOrganisationId;
            EndableInvolvements = file.Involvements.Select(i => i.OrganisationId)
                .Where(o => files.Policy.CanEndInvolvement(actor, o, registeredBy)).ToHashSet();
            InvolvableOrganisations = involvable
                .Where(o => OrganisationTypeRules.CanBeInvolved(o.Type))
                .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
                .ToList();
        }

        return true;
    }
}
