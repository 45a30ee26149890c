namespace RmtCases.Web.Features.Identity;

/// <summary>
/// A signed-in session, kept in PostgreSQL: the cookie holds only its key, so signing out or disabling
/// an account makes every copy of the cookie useless at once, on every instance.
/// </summary>
public sealed class AuthSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public required byte[] Ticket { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
}
