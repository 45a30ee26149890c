namespace RmtCases.Web.Features.Participants;

/// <summary>
/// A caseworker's search of the participant list, kept in PostgreSQL under a random key so that the list can
/// be a GET (bookmarkable, back-button safe, served by any instance) while the terms, which are personal data,
/// stay out of URLs, browser histories and logs. It belongs to one user, not to a region: it holds search
/// terms, never results, and is read only by the user who made it.
/// </summary>
public sealed class SavedSearch
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The search form as JSON; the results are computed again, under the reader's access, on every read.</summary>
    public required string Criteria { get; set; }

    /// <summary>The page last shown, so that "Terug naar de deelnemers" returns to it.</summary>
    public int Page { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
