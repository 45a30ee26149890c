using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// The validated tickets and accepted declarations of this instance, so that a signed-in request needs no
/// session read, no ticket decryption and no declaration query. Sessions stay in PostgreSQL and work across
/// instances; an entry lives <see cref="Lifetime"/> at most, and only while <see cref="SessionRevocationListener"/>
/// listens: every deletion of a session is pushed to every instance (the auth_sessions trigger's NOTIFY), which
/// drops the session and its user's entries. Without the listener nothing is cached and every request reads.
/// </summary>
public sealed class SessionCache(TimeProvider time)
{
    /// <summary>How long a ticket is trusted without a read: a safety net under the pushed revocations.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, Entry> _tickets = new();
    private readonly ConcurrentDictionary<Guid, string> _acceptedVersions = new();
    private long _generation;
    private volatile bool _listening;

    private sealed record Entry(AuthenticationTicket Ticket, Guid UserId, DateTimeOffset? ExpiresAt, DateTimeOffset CachedUntil);

    /// <summary>
    /// Taken before a read from the database and handed to <see cref="Put"/>: a revocation that arrives between
    /// the read and the put changes it, so that a session deleted meanwhile is not cached after its deletion.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool Trusting => _listening;

    public bool Holds(Guid sessionId) => _listening && _tickets.ContainsKey(sessionId);

    public AuthenticationTicket? Get(Guid sessionId)
    {
        if (!_listening || !_tickets.TryGetValue(sessionId, out var entry))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (entry.CachedUntil < now || entry.ExpiresAt < now)
        {
            _tickets.TryRemove(sessionId, out _);
            return null;
        }

        // The cookie handler and the security-stamp check may replace the principal or change the properties.
        return entry.Ticket.Clone();
    }

    public void Put(Guid sessionId, Guid userId, AuthenticationTicket ticket, DateTimeOffset? expiresAt, long generation)
    {
        if (!_listening)
        {
            return;
        }

        _tickets[sessionId] = new Entry(ticket.Clone(), userId, expiresAt, time.GetUtcNow() + Lifetime);
        // A revocation that raced the put: take the entry back out rather than keep a deleted session.
        if (Generation != generation)
        {
            _tickets.TryRemove(sessionId, out _);
        }
    }

    public bool HasAccepted(Guid userId, string version) =>
        _listening && _acceptedVersions.TryGetValue(userId, out var accepted) && accepted == version;

    /// <summary>Only acceptances are cached: one is never withdrawn, and a refusal must not outlive the acceptance.</summary>
    public void Accepted(Guid userId, string version, long generation)
    {
        if (_listening && Generation == generation)
        {
            _acceptedVersions[userId] = version;
        }
    }

    public void RevokeSession(Guid sessionId, Guid? userId)
    {
        Interlocked.Increment(ref _generation);
        _tickets.TryRemove(sessionId, out _);
        if (userId is { } user)
        {
            _acceptedVersions.TryRemove(user, out _);
        }
    }

    public void RevokeUser(Guid userId)
    {
        Interlocked.Increment(ref _generation);
        _acceptedVersions.TryRemove(userId, out _);
        foreach (var (key, entry) in _tickets)
        {
            if (entry.UserId == userId)
            {
                _tickets.TryRemove(key, out _);
            }
        }
    }

    /// <summary>The listener is connected: revocations arrive, so entries may be kept.</summary>
    public void StartTrusting() => _listening = true;

    /// <summary>The listener lost its connection: revocations may be missed, so nothing cached is trusted.</summary>
    public void StopTrusting()
    {
        _listening = false;
        Interlocked.Increment(ref _generation);
        _tickets.Clear();
        _acceptedVersions.Clear();
    }
}
