using Microsoft.AspNetCore.Mvc.Rendering;
using RmtCases.Domain.Access;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Casework;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// The lists the trajectplan's forms choose from (<see cref="PlanModel"/>): the goals and statuses, the active
/// catalogue, the organisations involved and their caseworkers, and the templates this actor may apply.
/// </summary>
public sealed record PlanOptions(
    IReadOnlyList<SelectListItem> Catalogue,
    IReadOnlyList<SelectListItem> Owners,
    IReadOnlyList<SelectListItem> Responsible,
    IReadOnlyList<SelectListItem> Templates)
{
    public static PlanOptions None { get; } = new([], [], [], []);

    public static IReadOnlyList<SelectListItem> Goals { get; } = FormRules.Options<PlanGoal>(g => g.Label());

    public static IReadOnlyList<SelectListItem> Statuses { get; } = FormRules.Options<ActionStatus>(s => s.Label());

    public static async Task<PlanOptions> LoadAsync(
        CaseworkQueries casework, AccessPolicy policy, Actor actor, IReadOnlyList<(Guid Id, string Name)> involved, CancellationToken cancellationToken)
    {
        var catalogue = (await casework.ActiveCatalogueAsync(cancellationToken)).Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToList();
        var owners = involved.Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        var names = involved.ToDictionary(o => o.Id, o => o.Name);
        var responsible = (await casework.CaseworkersAsync(names.Keys, cancellationToken))
            .Select(c => new SelectListItem($"{c.Name} ({names[c.OrganisationId]})", c.UserId.ToString())).ToList();
        var templates = Enum.GetValues<ServiceType>().Where(t => policy.CanApplyTemplate(actor, t))
            .Select(t => new SelectListItem(t.Label(), t.ToString())).ToList();
        return new PlanOptions(catalogue, owners, responsible, templates);
    }
}
