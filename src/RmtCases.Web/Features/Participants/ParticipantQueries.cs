using Microsoft.Extensions.Options;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Retention;

namespace RmtCases.Web.Features.Participants;

public static class ParticipantQueries
{
    /// <summary>
    /// The policy's scope as a query filter. Row-level security already limits rows to the region;
    /// this adds the involvement rule, which the database does not know.
    /// </summary>
    public static IQueryable<Participant> VisibleTo(this IQueryable<Participant> participants, Actor actor, AccessPolicy policy) =>
        policy.Scope(actor) switch
        {
            ParticipantScope.Region => participants.Where(p => p.RegionId == actor.RegionId),
            ParticipantScope.Involvement => participants.Where(p => p.RegionId == actor.RegionId
                && p.Involvements.Any(i => i.OrganisationId == actor.OrganisationId)),
            _ => participants.Where(p => false),
        };
}
