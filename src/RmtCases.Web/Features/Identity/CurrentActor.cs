using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Identity;

/// <summary>The signed-in user as an <see cref="Actor"/>, resolved once per request.</summary>
public sealed class CurrentActor(
    IHttpContextAccessor httpContextAccessor,
    RmtDbContext db,
    IOptions<ConfidentialityOptions> declaration,
    SessionCache sessions,
    AccessPolicy policy)
{
    private Actor? _actor;
    private bool _resolved;

    public async Task<Actor?> GetAsync(CancellationToken cancellationToken)
    {
        if (_resolved)
        {
            return _actor;
        }

        _resolved = true;
        var user = httpContextAccessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true || FromClaims(user) is not { } actor)
        {
            return null;
        }

        // Only union and employer staff need the declaration: for everyone else it opens nothing, so no request of
        // theirs asks for it (a refusal is never cached, so a gemeente caseworker paid that query on every request).
        var accepted = policy.RequiresConfidentialityDeclaration(actor) && await HasAcceptedAsync(actor.UserId, cancellationToken);
        _actor = actor with { DeclarationAccepted = accepted };
        return _actor;
    }

    /// <summary>Whether the user accepted the current declaration, for whoever needs it and for the declaration page.</summary>
    public async Task<bool> HasAcceptedAsync(Guid userId, CancellationToken cancellationToken)
    {
        var version = declaration.Value.Version;
        if (sessions.HasAccepted(userId, version))
        {
            return true;
        }

        var generation = sessions.Generation;
        var accepted = await db.ConfidentialityAcceptances.AsNoTracking()
            .AnyAsync(a => a.UserId == userId && a.Version == version, cancellationToken);
        if (accepted)
        {
            sessions.Accepted(userId, version, generation);
        }

        return accepted;
    }

    public async Task<Actor> RequireAsync(CancellationToken cancellationToken) =>
        await GetAsync(cancellationToken) ?? throw new InvalidOperationException("No signed-in user.");

    /// <summary>Forget the cached actor, after the user accepted the declaration in this request.</summary>
    public void Refresh() => _resolved = false;

    public static Actor? FromClaims(ClaimsPrincipal user)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !Guid.TryParse(user.FindFirstValue(RmtClaims.OrganisationId), out var organisationId)
            || !Enum.TryParse<OrganisationType>(user.FindFirstValue(RmtClaims.OrganisationType), out var type)
            || !int.TryParse(user.FindFirstValue(RmtClaims.RegionId), NumberStyles.None, CultureInfo.InvariantCulture, out var regionId)
            || !Enum.TryParse<Role>(user.FindFirstValue(RmtClaims.Role), out var role))
        {
            return null;
        }

        return new Actor(userId, organisationId, type, regionId, role, DeclarationAccepted: false);
    }
}
