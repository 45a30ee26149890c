using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
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
/// Category g, health data (GDPR art. 9). AP z2021-2117: only gemeente and UWV see or set it; for anyone
/// else this page does not exist (404), and the indication is not read.
/// </summary>
[Requires(Requirement.Edit, Category = Category.Banenafspraak)]
public sealed class BanenafspraakModel(CaseFiles files, RmtDbContext db) : PageModel
{
    private const Category Section = Category.Banenafspraak;

    [BindProperty]
    public IndicationInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Loaded { get; set; }

    public string Name { get; private set; } = "";

    public bool ReadOnly { get; private set; }

    public IReadOnlyList<SelectListItem> AnswerOptions { get; } = [new("Ja", "true"), new("Nee", "false")];

    public sealed record IndicationInput
    {
        [Display(Name = "Hoort de deelnemer bij de doelgroep banenafspraak?")]
        public bool? InTargetGroup { get; set; }

        [Display(Name = "Vastgesteld op")]
        public string? RegisteredOn { get; set; }

        public static IndicationInput From(BanenafspraakIndication? b) => b is null ? new() : new()
        {
            InTargetGroup = b.InTargetGroup,
            RegisteredOn = Show.Iso(b.RegisteredOn),
        };
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var participant = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.Version, p.Status })
            .SingleAsync(cancellationToken);
        Name = EntryRoute.FullName(participant.GivenNames, participant.Infix, participant.Surname);
        Input = IndicationInput.From(await BanenafspraakQuery.FindAsync(db, id, cancellationToken));
        Version = participant.Version;
        Loaded = Snapshot.Of(Input);
        ReadOnly = participant.Status == ParticipantStatus.Withdrawn;
        if (ReadOnly)
        {
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
        }

        files.Audit(AuditActions.ParticipantViewed, id, [Section]);
        await files.SaveAsync(cancellationToken);
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
        if (Input.InTargetGroup is null)
        {
            errors.Add(nameof(IndicationInput.InTargetGroup), "Kies ja of nee.");
        }

        else if (Input.InTargetGroup == false)
        {
            // Gemeente and UWV only reach this page, and they see werkfitbehoud rows (art. 3 of the regeling).
            var hasWerkfitbehoud = await db.ServiceDeliveries.AnyAsync(s => s.ParticipantId == id && s.ServiceType == ServiceType.Werkfitbehoud, cancellationToken);
            errors.AddRange(ServiceDeliveryRules.ValidateIndication(false, hasWerkfitbehoud, nameof(IndicationInput.InTargetGroup)));
        }

        if (errors.Date(Input.RegisteredOn, nameof(IndicationInput.RegisteredOn), null) is { } on && on > files.Today)
        {
            errors.Add(nameof(IndicationInput.RegisteredOn), "De datum kan niet in de toekomst liggen.");
        }

        ModelState.AddErrors(nameof(Input), errors.List);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var indication = await BanenafspraakQuery.FindForUpdateAsync(db, id, cancellationToken);
        var before = IndicationInput.From(indication);
        if (indication is null)
        {
            indication = new BanenafspraakIndication { ParticipantId = id, RegionId = participant.RegionId };
            db.BanenafspraakIndications.Add(indication);
        }

        indication.InTargetGroup = Input.InTargetGroup!.Value;
        indication.RegisteredOn = FormRules.TryParseDate(Input.RegisteredOn, out var registeredOn) ? registeredOn : null;
        indication.RecordedByOrganisationId = actor.OrganisationId;
        files.ExpectVersion(participant, Version);
        var changed = Snapshot.Differences(before, IndicationInput.From(indication)).Select(p => $"Banenafspraak.{p.Name}");
        files.Audit(AuditActions.ParticipantChanged, id, [Section], changed);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{id}#doelgroep");
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException or DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: "23505" } })
        {
            db.ChangeTracker.Clear();
            var (version, withdrawn) = await files.CurrentStateAsync(id, cancellationToken);
            var now = IndicationInput.From(await BanenafspraakQuery.FindAsync(db, id, cancellationToken));
            ModelState.AddModelError(string.Empty, withdrawn ? CaseFiles.WithdrawnMessage : Snapshot.ConflictMessage(Snapshot.Read<IndicationInput>(Loaded), now));
            ModelState.Remove(nameof(Version));
            ModelState.Remove(nameof(Loaded));
            Version = version;
            Loaded = Snapshot.Of(now);
            ReadOnly = withdrawn;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }
}
