using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Identity;

public sealed class PostgresTicketStore(
    IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, TimeProvider time, SessionCache cache, SessionRevocationListener revocations)
    : ITicketStore
{
    // The ticket holds claims, not personal data of participants; it is still protected at rest.
    private readonly IDataProtector _protector = dataProtection.CreateProtector("RmtCases.AuthSession.v1");

    private static readonly object _replacedKey = new();

    /// <summary>
    /// Session fixation: the cookie handler would renew the session a request came with, under its old key,
    /// when someone signs in while sending it; whoever holds a copy of that cookie would then share the new
    /// session. On a sign-in page the old session is therefore not looked up (the request is anonymous there)
    /// and, once the sign-in stores the new session, deleted.
    /// </summary>
    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (httpContext.GetEndpoint()?.Metadata.GetMetadata<StartsSessionAttribute>() is not null)
        {
            httpContext.Items[_replacedKey] = key;
            return Task.FromResult<AuthenticationTicket?>(null);
        }

        return RetrieveAsync(key);
    }

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var key = await StoreAsync(ticket);
        if (httpContext.Items.TryGetValue(_replacedKey, out var replaced) && replaced is string old)
        {
            await RemoveAsync(old);
        }

        return key;
    }

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var session = new AuthSession
        {
            Id = Domain.Ids.New(),
            UserId = UserIdOf(ticket),
            Ticket = _protector.Protect(TicketSerializer.Default.Serialize(ticket)),
            CreatedAt = time.GetUtcNow(),
            ExpiresAt = ticket.Properties.ExpiresUtc,
        };
        var generation = cache.Generation;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RmtDbContext>();
        db.AuthSessions.Add(session);
        await db.SaveChangesAsync();
        cache.Put(session.Id, session.UserId, ticket, session.ExpiresAt, generation);
        return session.Id.ToString();
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return;
        }

        var bytes = _protector.Protect(TicketSerializer.Default.Serialize(ticket));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RmtDbContext>();
        var generation = cache.Generation;
        int renewed;
        try
        {
            renewed = await db.AuthSessions.Where(s => s.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Ticket, bytes).SetProperty(s => s.ExpiresAt, ticket.Properties.ExpiresUtc));
        }
        catch (Exception ex) when (Hosting.DatabaseUnavailable.Is(ex))
        {
            // The sliding renewal runs as the response starts, after the page was served and beyond the 503
            // middleware: a database lost just then (a takeover, found by StandbyTakeoverTests) would turn a served
            // page into a 500. The session keeps its stored expiry; the next request renews it.
            return;
        }

        if (renewed == 1)
        {
            cache.Put(id, UserIdOf(ticket), ticket, ticket.Properties.ExpiresUtc, generation);
        }
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return null;
        }

        // Looked up again once caught up: a revocation that arrived meanwhile has removed it.
        if (cache.Holds(id) && await revocations.CaughtUpAsync() && cache.Get(id) is { } cached)
        {
            return cached;
        }

        var generation = cache.Generation;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RmtDbContext>();
        var session = await db.AuthSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (session is null || session.ExpiresAt < time.GetUtcNow())
        {
            return null;
        }

        AuthenticationTicket? ticket;
        try
        {
            ticket = TicketSerializer.Default.Deserialize(_protector.Unprotect(session.Ticket));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        if (ticket is not null)
        {
            cache.Put(id, session.UserId, ticket, session.ExpiresAt, generation);
        }

        return ticket;
    }

    public async Task RemoveAsync(string key)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return;
        }

        cache.RevokeSession(id, userId: null);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RmtDbContext>();
        await db.AuthSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
    }

    private static Guid UserIdOf(AuthenticationTicket ticket) =>
        Guid.TryParse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
}
