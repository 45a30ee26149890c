using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>Add ("nieuw"), correct or remove one service delivery (category f): which service, provider, period, cost.</summary>
[Requires(Requirement.Edit, Category = Category.ServiceDelivery)]
public sealed class ServiceDeliveryModel(CaseFiles files, RmtDbContext db) : EntryPage<ServiceDelivery, ServiceInput>(files)
{
    /// <summary>The services the actor may register: werkfitbehoud reveals category g, so only gemeente and UWV are offered it.</summary>
    public IReadOnlyList<SelectListItem> ServiceTypeOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ProviderOptions { get; private set; } = [];

    /// <summary>The organisation type in the one word the interface uses for it (<see cref="AccessLabels"/>).</summary>
    public string ProviderHint { get; } = $"Een {OrganisationType.ExternalProvider.Dutch().ToLowerInvariant()} van de regio.";

    protected override Category Section => Category.ServiceDelivery;

    protected override Expression<Func<Participant, IEnumerable<ServiceDelivery>>> Entries => p => p.ServiceDeliveries;

    protected override ICollection<ServiceDelivery> EntriesOf(Participant participant) => participant.ServiceDeliveries;

    protected override string AuditName => nameof(Participant.ServiceDeliveries);

    protected override string Anchor => "dienstverlening";

    protected override ServiceInput ToInput(ServiceDelivery entry) => ServiceInput.From(entry);

    protected override ServiceDelivery NewEntry(Participant participant) => new() { ParticipantId = participant.Id };

    protected override void Apply(ServiceInput input, ServiceDelivery entry) => input.ApplyTo(entry);

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var actor = Files.Actor;
        ServiceTypeOptions = Offered().Select(t => new SelectListItem(t.Label(), t.ToString())).ToList();
        ProviderOptions = (await db.Organisations.AsNoTracking()
                .Where(o => o.RegionId == actor.RegionId && OrganisationTypeRules.ServiceProviderTypes.Contains(o.Type))
                .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToList();
    }

    protected override async Task ValidateAsync(FormRules.Errors errors, Participant participant, CancellationToken cancellationToken)
    {
        var offered = Offered();
        // Category g is read only for the rule that needs it, and only by whoever may see it.
        bool? inTargetGroup = Input.ServiceType is { } chosen && chosen.RevealsBanenafspraak() && offered.Contains(chosen)
            ? (await BanenafspraakQuery.FindAsync(db, participant.Id, cancellationToken))?.InTargetGroup
            : null;
        Input.Validate(errors, Files.Today, ProviderOptions.Select(o => Guid.Parse(o.Value)).ToList(), offered, inTargetGroup);
    }

    /// <summary>
    /// A werkfitbehoud row reveals category g (art. 3 of the regeling): its change is recorded as g too, so that
    /// only whoever may see g learns of it (the recipients to inform).
    /// </summary>
    protected override IReadOnlyList<Category> Touched(ServiceDelivery? existing) =>
        existing?.ServiceType.RevealsBanenafspraak() == true || Input.ServiceType?.RevealsBanenafspraak() == true
            ? [Section, Category.Banenafspraak]
            : [Section];

    private List<ServiceType> Offered() =>
        Enum.GetValues<ServiceType>().Where(t => Files.Policy.CanSeeService(Files.Actor, t)).ToList();
}
