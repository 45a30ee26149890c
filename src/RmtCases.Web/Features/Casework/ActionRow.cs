using RmtCases.Domain.Casework;

namespace RmtCases.Web.Features.Casework;

public sealed record ActionRow(Guid Id, string Name, Guid OwnerOrganisationId, string Owner, Guid? ResponsibleUserId, string? Responsible, DateOnly DueOn, ActionStatus Status)
{
    public bool IsOpen => Status is ActionStatus.ToDo or ActionStatus.InProgress;

    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;
}
