using System.ComponentModel.DataAnnotations;
using RmtCases.Web.Features.Casework;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Pages.Participants;

/// <summary>A new action of the trajectplan: an action from the catalogue, its owner and caseworker, the day it is due (<see cref="PlanModel"/>).</summary>
public sealed record ActionInput
{
    [Display(Name = "Actie")]
    public Guid? CatalogueItemId { get; set; }

    [Display(Name = "Eigenaar (organisatie)")]
    public Guid? OwnerOrganisationId { get; set; }

    [Display(Name = "Verantwoordelijke consulent")]
    public Guid? ResponsibleUserId { get; set; }

    [Display(Name = "Uiterlijk klaar op")]
    public string? DueOn { get; set; }

    /// <summary>Each choice from the lists this page offered; keys under <paramref name="prefix"/>, as the page binds them.</summary>
    public async Task ValidateAsync(
        FormRules.Errors errors, string prefix, CaseworkQueries casework, Guid participantId, DateOnly today, CancellationToken cancellationToken)
    {
        var catalogue = await casework.ActiveCatalogueAsync(cancellationToken);
        var involved = await casework.InvolvedAsync(participantId, cancellationToken);
        if (CatalogueItemId is not { } itemId || catalogue.All(c => c.Id != itemId))
        {
            errors.Add($"{prefix}.{nameof(CatalogueItemId)}", "Kies een actie uit de lijst.");
        }

        if (OwnerOrganisationId is not { } owner || involved.All(o => o.Id != owner))
        {
            errors.Add($"{prefix}.{nameof(OwnerOrganisationId)}", "Kies een van de betrokken organisaties.");
        }
        else if (ResponsibleUserId is { } responsible
            && (await casework.CaseworkersAsync([owner], cancellationToken)).All(c => c.UserId != responsible))
        {
            errors.Add($"{prefix}.{nameof(ResponsibleUserId)}", "Kies een consulent van de organisatie die eigenaar is.");
        }

        if (errors.Date(DueOn, $"{prefix}.{nameof(DueOn)}", "Vul de datum in waarop de actie klaar moet zijn.") is { } due && due < today)
        {
            errors.Add($"{prefix}.{nameof(DueOn)}", "De datum kan niet in het verleden liggen.");
        }
    }
}
