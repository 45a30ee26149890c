using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>Add ("nieuw"), correct or remove one service delivery (category f): which service, provider, period, cost.</summary>
[Requires(Requirement.Edit, Category = Category.ServiceDelivery)]
public sealed class ServiceDeliveryModel(CaseFiles files, RmtDbContext db) : PageModel
{
    private const Category Section = Category.ServiceDelivery;

    [BindProperty]
    public ServiceInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Loaded { get; set; }

    public Guid? EntryId { get; private set; }

    public string Name { get; private set; } = "";

    public bool ReadOnly { get; private set; }

    /// <summary>The services the actor may register: werkfitbehoud reveals category g, so only gemeente and UWV are offered it.</summary>
    public IReadOnlyList<SelectListItem> ServiceTypeOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ProviderOptions { get; private set; } = [];

    public sealed record ServiceInput
    {
        [Display(Name = "Dienst")]
        public ServiceType? ServiceType { get; set; }

        [Display(Name = "Aanbieder")]
        public Guid? ProviderId { get; set; }

        [Display(Name = "Begindatum")]
        public string? StartDate { get; set; }

        [Display(Name = "Einddatum")]
        public string? EndDate { get; set; }

        [Display(Name = "Kosten in euro")]
        [NoBsnCheck]
        public string? Cost { get; set; }

        public static ServiceInput From(ServiceDelivery s) => new()
        {
            ServiceType = s.ServiceType,
            ProviderId = s.ProviderOrganisationId,
            StartDate = Show.Iso(s.StartDate),
            EndDate = Show.Iso(s.EndDate),
            Cost = Show.MoneyInput(s.Cost),
        };

        /// <param name="offered">The services the actor may register; anything else is answered as an unknown value.</param>
        /// <param name="inTargetGroup">The participant's banenafspraak indication, read only when werkfitbehoud is chosen.</param>
        public void Validate(FormRules.Errors errors, DateOnly today, IReadOnlyCollection<Guid> providers, IReadOnlyCollection<ServiceType> offered, bool? inTargetGroup)
        {
            if (ServiceType is null || !Enum.IsDefined(ServiceType.Value) || !offered.Contains(ServiceType.Value))
            {
                errors.Add(nameof(ServiceType), "Kies de dienst.");
            }
            else
            {
                errors.AddRange(ServiceDeliveryRules.Validate(ServiceType.Value, inTargetGroup, nameof(ServiceType)));
            }

            if (ProviderId is null || !providers.Contains(ProviderId.Value))
            {
                errors.Add(nameof(ProviderId), "Kies de aanbieder uit de lijst.");
            }

            var start = errors.Date(StartDate, nameof(StartDate), "Vul de begindatum in.");
            var end = errors.Date(EndDate, nameof(EndDate), "Vul de einddatum in.");
            if (start is { } s && end is { } e)
            {
                errors.AddRange(PeriodRule.Validate(s, e, today, startField: nameof(StartDate), endField: nameof(EndDate)));
            }

            errors.AddRange(Money.Validate(Cost, out _, nameof(Cost)));
        }

        public void ApplyTo(ServiceDelivery s)
        {
            s.ServiceType = ServiceType!.Value;
            s.ProviderOrganisationId = ProviderId!.Value;
            _ = FormRules.TryParseDate(StartDate, out var start);
            _ = FormRules.TryParseDate(EndDate, out var end);
            s.StartDate = start;
            s.EndDate = end;
            _ = Money.TryParse(Cost, out var cost);
            s.Cost = cost;
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
            .Select(p => new { p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.Version, p.Status, Entry = p.ServiceDeliveries.SingleOrDefault(e => e.Id == entryId) })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null || (entryId is not null && current.Entry is null))
        {
            return NotFound();
        }

        EntryId = entryId;
        Name = EntryRoute.FullName(current.GivenNames, current.Infix, current.Surname);
        Input = current.Entry is null ? new ServiceInput() : ServiceInput.From(current.Entry);
        Version = current.Version;
        Loaded = Snapshot.Of(Input);
        ReadOnly = current.Status == ParticipantStatus.Withdrawn;
        if (ReadOnly)
        {
            ModelState.AddModelError(string.Empty, CaseFiles.WithdrawnMessage);
        }

        await LoadProvidersAsync(actor, cancellationToken);
        await files.RecordViewAsync(id, Section, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string entry, CancellationToken cancellationToken) =>
        await SaveAsync(id, entry, remove: false, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, string entry, CancellationToken cancellationToken) =>
        await SaveAsync(id, entry, remove: true, cancellationToken);

    private async Task LoadProvidersAsync(Actor actor, CancellationToken cancellationToken)
    {
        ServiceTypeOptions = Offered(actor).Select(t => new SelectListItem(t.Label(), t.ToString())).ToList();
        ProviderOptions = (await db.Organisations.AsNoTracking()
                .Where(o => o.RegionId == actor.RegionId && AccessPolicy.ServiceProviderTypes.Contains(o.Type))
                .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToList();
    }

    private List<ServiceType> Offered(Actor actor) =>
        Enum.GetValues<ServiceType>().Where(t => files.Policy.CanSeeService(actor, t)).ToList();

    private async Task<IActionResult> SaveAsync(Guid id, string entry, bool remove, CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        if (!EntryRoute.TryParse(entry, out var entryId) || (remove && entryId is null))
        {
            return NotFound();
        }

        var participant = await files.LoadForEditAsync(q => q.Include(p => p.ServiceDeliveries), cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        await LoadProvidersAsync(actor, cancellationToken);
        EntryId = entryId;
        Name = participant.Person.FullName;
        var existing = entryId is null ? null : participant.ServiceDeliveries.SingleOrDefault(e => e.Id == entryId);
        if (participant.IsWithdrawn || (entryId is not null && existing is null))
        {
            ReadOnly = true;
            ModelState.AddModelError(string.Empty, participant.IsWithdrawn ? CaseFiles.WithdrawnMessage : Snapshot.ConflictMessage<ServiceInput>(null, null));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (!remove)
        {
            var errors = new FormRules.Errors();
            var offered = Offered(actor);
            // Category g is read only for the rule that needs it, and only by whoever may see it.
            bool? inTargetGroup = Input.ServiceType is { } chosen && chosen.RevealsBanenafspraak() && offered.Contains(chosen)
                ? (await BanenafspraakQuery.FindAsync(db, participant.Id, cancellationToken))?.InTargetGroup
                : null;
            Input.Validate(errors, files.Today, ProviderOptions.Select(o => Guid.Parse(o.Value)).ToList(), offered, inTargetGroup);
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
            participant.ServiceDeliveries.Remove(existing!);
            fields = ["ServiceDeliveries.removed"];
        }
        else if (existing is null)
        {
            var added = new ServiceDelivery { ParticipantId = participant.Id };
            Input.ApplyTo(added);
            participant.ServiceDeliveries.Add(added);
            fields = ["ServiceDeliveries.added"];
        }
        else
        {
            var before = ServiceInput.From(existing);
            Input.ApplyTo(existing);
            fields = Snapshot.Differences(before, ServiceInput.From(existing)).Select(p => $"ServiceDeliveries.{p.Name}").ToList();
        }

        // A werkfitbehoud row reveals category g (art. 3 of the regeling): its change is recorded as g too, so that
        // only whoever may see g learns of it (the recipients to inform).
        var touched = existing?.ServiceType.RevealsBanenafspraak() == true || Input.ServiceType?.RevealsBanenafspraak() == true
            ? new[] { Section, Category.Banenafspraak }
            : [Section];
        files.Audit(AuditActions.ParticipantChanged, id, touched, fields);
        try
        {
            await files.SaveAsync(cancellationToken);
            return this.RedirectSaved($"/deelnemers/{id}#dienstverlening");
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await files.Visible(actor).AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.Version, Entry = p.ServiceDeliveries.SingleOrDefault(e => e.Id == entryId) })
                .SingleOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            var now = current.Entry is null ? (entryId is null ? new ServiceInput() : null) : ServiceInput.From(current.Entry);
            ModelState.AddModelError(string.Empty, Snapshot.ConflictMessage(Snapshot.Read<ServiceInput>(Loaded), now));
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
