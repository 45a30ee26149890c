namespace RmtCases.Domain.Casework;

/// <summary>One agreed action of a plan, from the catalogue; owned by an involved organisation, held by one of its caseworkers.</summary>
public sealed class PlanAction
{
    public Guid Id { get; set; } = Ids.New();
    public Guid ParticipantId { get; set; }
    public Guid CatalogueItemId { get; set; }
    public Guid OwnerOrganisationId { get; set; }
    public Guid? ResponsibleUserId { get; set; }
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.ToDo;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset StatusChangedAt { get; set; }

    public bool IsOpen => Status is ActionStatus.ToDo or ActionStatus.InProgress;
}
