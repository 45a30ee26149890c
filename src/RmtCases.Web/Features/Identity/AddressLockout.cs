namespace RmtCases.Web.Features.Identity;

/// <summary>
/// Failed sign-ins for an e-mail address that has no enabled account, counted and locked exactly as an
/// account's are, so the sign-in page answers the same for both. Keyed by a SHA-256 of the normalised address:
/// the typed address itself, possibly someone's real one, is never stored.
/// </summary>
public sealed class AddressLockout
{
    public required byte[] AddressHash { get; set; }
    public int FailedCount { get; set; }
    public DateTimeOffset? LockoutEnd { get; set; }
    public DateTimeOffset LastFailureAt { get; set; }
}
