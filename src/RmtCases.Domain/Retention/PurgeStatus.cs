namespace RmtCases.Domain.Retention;

public enum PurgeStatus
{
    Prepared = 1,
    Approved = 2,
    Running = 3,
    Completed = 4,
    Failed = 5,

    /// <summary>Stopped before the end: cancelled, or its process died (found by a later run); a later run finishes the job.</summary>
    Interrupted = 6,
}
