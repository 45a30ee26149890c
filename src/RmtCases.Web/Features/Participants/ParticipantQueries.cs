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

    /// <summary>
    /// Rows that belong to a participant (a case assignment, a plan action), kept where <see cref="VisibleTo"/> keeps
    /// their participant, without reading the participant. Row-level security limits such a row to the region of the
    /// request, which is the actor's (DataScopeMiddleware), by the region the row carries (set from its participant by a
    /// trigger); the involvement rule is one lookup of the organisation's involvement by key. Checked through the
    /// participants instead, each row cost a read of its participant (the home page's held cases and actions: 200 of
    /// them), and joined to them PostgreSQL hashed the whole region's participants.
    /// </summary>
    public static IQueryable<T> OfParticipantsVisibleTo<T>(this IQueryable<T> rows, RmtDbContext db, Actor actor, AccessPolicy policy)
        where T : class, IParticipantRow =>
        policy.Scope(actor) switch
        {
            ParticipantScope.Region => rows,
            ParticipantScope.Involvement => rows.Where(r => db.CaseInvolvements.Any(i => i.ParticipantId == r.ParticipantId && i.OrganisationId == actor.OrganisationId)),
            _ => rows.Where(r => false),
        };
}
