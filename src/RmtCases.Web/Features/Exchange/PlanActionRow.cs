using RmtCases.Domain.Casework;

namespace RmtCases.Web.Features.Exchange;

/// <summary>An action of the plan as an export carries it (<see cref="RouteContent"/>).</summary>
/// <param name="RevealsBanenafspraak">Added by werkfitbehoud's template: category g (see <see cref="PlanAction.RevealsBanenafspraak"/>).</param>
public sealed record PlanActionRow(string Name, string OwnerOrganisation, DateOnly DueOn, ActionStatus Status, bool RevealsBanenafspraak = false);
