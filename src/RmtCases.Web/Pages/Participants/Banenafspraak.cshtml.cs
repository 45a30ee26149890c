using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// Category g, health data (GDPR art. 9). AP z2021-2117: only gemeente and UWV see or set it; for anyone
/// else this page does not exist (404), and the indication is not read.
/// </summary>
[Requires(Requirement.Edit, Category = Category.Banenafspraak)]
public sealed class BanenafspraakModel(CaseFiles files, RmtDbContext db) : RecordPage<IndicationInput>(files)
{
    [BindProperty]
    public IndicationInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> AnswerOptions { get; } = [new("Ja", "true"), new("Nee", "false")];

    protected override IndicationInput Form { get => Input; set => Input = value; }

    protected override string FormName => nameof(Input);

    protected override Category Section => Category.Banenafspraak;

    protected override string AuditName => "Banenafspraak";

    protected override string Anchor => "doelgroep";

    protected override async Task<IndicationInput> StoredAsync(Participant participant, CancellationToken cancellationToken) =>
        IndicationInput.From(await BanenafspraakQuery.FindAsync(db, participant.Id, cancellationToken));

    protected override async Task ValidateAsync(FormRules.Errors errors, Participant participant, CancellationToken cancellationToken)
    {
        if (Input.InTargetGroup is null)
        {
            errors.Add(nameof(IndicationInput.InTargetGroup), "Kies ja of nee.");
        }
        else if (Input.InTargetGroup == false)
        {
            // Gemeente and UWV only reach this page, and they see werkfitbehoud rows (art. 3 of the regeling).
            var hasWerkfitbehoud = await db.ServiceDeliveries.AnyAsync(s => s.ParticipantId == participant.Id && s.ServiceType == ServiceType.Werkfitbehoud, cancellationToken);
            errors.AddRange(ServiceDeliveryRules.ValidateIndication(false, hasWerkfitbehoud, nameof(IndicationInput.InTargetGroup)));
        }

        if (errors.Date(Input.RegisteredOn, nameof(IndicationInput.RegisteredOn), null) is { } on && on > Files.Today)
        {
            errors.Add(nameof(IndicationInput.RegisteredOn), "De datum kan niet in de toekomst liggen.");
        }
    }

    protected override async Task<(IndicationInput Before, IndicationInput After)> ApplyAsync(Participant participant, CancellationToken cancellationToken)
    {
        var indication = await BanenafspraakQuery.FindForUpdateAsync(db, participant.Id, cancellationToken);
        var before = IndicationInput.From(indication);
        if (indication is null)
        {
            indication = new BanenafspraakIndication { ParticipantId = participant.Id, RegionId = participant.RegionId };
            db.BanenafspraakIndications.Add(indication);
        }

        indication.InTargetGroup = Input.InTargetGroup!.Value;
        indication.RegisteredOn = FormRules.TryParseDate(Input.RegisteredOn, out var registeredOn) ? registeredOn : null;
        indication.RecordedByOrganisationId = Files.Actor.OrganisationId;
        return (before, IndicationInput.From(indication));
    }

    // Two first indications at once: the second insert meets the unique key, which is the same conflict.
    protected override bool IsConflict(DbUpdateException exception) =>
        base.IsConflict(exception) || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
