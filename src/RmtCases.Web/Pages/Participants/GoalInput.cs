using System.ComponentModel.DataAnnotations;
using RmtCases.Domain.Casework;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The trajectplan's goal, from a list (<see cref="PlanModel"/>).</summary>
public sealed record GoalInput
{
    [Display(Name = "Doel van het plan")]
    public PlanGoal? Goal { get; set; }
}
