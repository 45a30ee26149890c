namespace RmtCases.Web.Features.Retention;

/// <summary>
/// Closed from start until the purge has erased what is due. A database restored from a backup taken before a
/// purge holds people the purge erased; the end date and withdrawals are rules, so the catch-up erases them
/// again, and until it has, no page shows them. Open from the start when the automatic purge is off.
/// </summary>
public sealed class RetentionGate
{
    private volatile bool _open;

    public bool IsOpen => _open;

    public void Open() => _open = true;
}
