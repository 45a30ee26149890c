using System.ComponentModel.DataAnnotations;
using RmtCases.Domain.Casework;

namespace RmtCases.Web.Pages.Participants;

/// <summary>A new status for one of the trajectplan's actions (<see cref="PlanModel"/>).</summary>
public sealed record StatusInput
{
    public Guid ActionId { get; set; }

    [Display(Name = "Status")]
    public ActionStatus? Status { get; set; }
}
