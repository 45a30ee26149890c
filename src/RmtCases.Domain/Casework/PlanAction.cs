using RmtCases.Domain.Participants;

namespace RmtCases.Domain.Casework;

/// <summary>One agreed action of a plan, from the catalogue; owned by an involved organisation, held by one of its caseworkers.</summary>
public sealed class PlanAction : IParticipantRow
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

    /// <summary>
    /// Added by the template of a service that reveals category g (werkfitbehoud, art. 3 of the Tijdelijke regeling
    /// aanvullende crisisdienstverlening COVID-19): its steps and their offsets tell the service, so the action is
    /// category g as the service row is. Set when the template adds it, never by a person; read only by whoever may see g.
    /// </summary>
    public bool RevealsBanenafspraak { get; init; }

    public bool IsOpen => Status is ActionStatus.ToDo or ActionStatus.InProgress;
}
