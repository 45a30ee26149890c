namespace RmtCases.Domain.Casework;

public enum ActionStatus
{
    ToDo = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}
