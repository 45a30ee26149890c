using System.ComponentModel.DataAnnotations;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The service whose template of actions the trajectplan takes on (<see cref="PlanModel"/>).</summary>
public sealed record TemplateInput
{
    [Display(Name = "Sjabloon voor de dienst")]
    public ServiceType? ServiceType { get; set; }
}
