using RmtCases.Domain.Access;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.WageValue;

/// <summary>
/// Who reaches the wage-value pages. Everyone the policy does not allow gets a 404, not a 403:
/// the module's existence for a worker is itself personal data of the municipality's processing.
/// </summary>
public sealed class WageValueAccess(CurrentActor current, AccessPolicy policy, AuditLog audit)
{
    /// <summary>The actor if they may read wage value (assessors and gemeente caseworkers), otherwise null.</summary>
    public async Task<Actor?> ReaderAsync(CancellationToken cancellationToken) =>
        await CheckAsync(policy.CanReadWageValue, cancellationToken);

    /// <summary>The actor if they may create and change assessments (gemeente assessors), otherwise null.</summary>
    public async Task<Actor?> AssessorAsync(CancellationToken cancellationToken) =>
        await CheckAsync(policy.CanAssessWageValue, cancellationToken);

    /// <summary>The actor if they may set a loonwaarde for the college (gemeente caseworkers), otherwise null.</summary>
    public async Task<Actor?> DeciderAsync(CancellationToken cancellationToken) =>
        await CheckAsync(policy.CanDecideWageValue, cancellationToken);

    public bool CanAssess(Actor actor) => policy.CanAssessWageValue(actor);

    public bool CanDecide(Actor actor) => policy.CanDecideWageValue(actor);

    private async Task<Actor?> CheckAsync(Func<Actor, bool> allowed, CancellationToken cancellationToken)
    {
        var actor = await current.GetAsync(cancellationToken);
        if (actor is not null && allowed(actor))
        {
            return actor;
        }

        // Refusals are evidence too: someone tried a page outside their role.
        await audit.RecordAsync(AuditActions.AccessRefused, purpose: "loonwaarde", outcome: AuditOutcomes.Refused, cancellationToken: cancellationToken);
        return null;
    }
}
