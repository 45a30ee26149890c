using RmtCases.Domain.Participants;

namespace RmtCases.Domain.Casework;

/// <summary>One usual action of the template for a service type, due a number of days after the template is applied.</summary>
public sealed class PlanTemplateStep
{
    public Guid Id { get; set; } = Ids.New();
    public ServiceType ServiceType { get; set; }
    public Guid CatalogueItemId { get; set; }
    public int DueAfterDays { get; set; }
    public int Position { get; set; }
}
