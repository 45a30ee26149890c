using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RmtCases.Domain.Casework;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Casework;

namespace RmtCases.Web.Features.Participants;

/// <summary>
/// The case file's lists of a participant the gate has found in scope, in one statement and one round trip: each
/// list read by <c>participant_id</c> as a JSON array (EF Core's split queries sent one statement per list, each
/// joining the participant again through the scope's filter). Row-level security applies to every table as
/// before; the werkfitbehoud condition restates the services' query filter, which raw SQL does not get.
/// </summary>
public static class CaseFileLists
{
    public sealed record ServiceRow(Guid Id, ServiceType ServiceType, string Provider, DateOnly StartDate, DateOnly EndDate, decimal Cost);

    public sealed record InvolvementRow(Guid OrganisationId, string Name, OrganisationType Type, DateTimeOffset Since);

    public sealed record BanenafspraakRow(bool InTargetGroup, DateOnly? RegisteredOn);

    public sealed record Lists(
        IReadOnlyList<EducationEntry> Education,
        IReadOnlyList<WorkHistoryEntry> WorkHistory,
        IReadOnlyList<MediationActivity> Mediation,
        IReadOnlyList<ServiceRow> ServiceDeliveries,
        IReadOnlyList<InvolvementRow> Involvements,
        BanenafspraakRow? Banenafspraak,
        IReadOnlyList<HolderRow>? Holders,
        PlanView? Plan);

    // The orders are the page's: education newest first then by programme, the rest newest first, involvements oldest first.
    private const string ListsSql = """
        SELECT json_build_object(
            'education', coalesce((SELECT json_agg(e ORDER BY e.end_year DESC, e.programme, e.id) FROM (
                SELECT id, participant_id, level, programme, institution, start_year, end_year, diploma_obtained
                FROM education_entries WHERE participant_id = @participant) e), '[]'),
            'work_history', coalesce((SELECT json_agg(w ORDER BY w.start_date DESC, w.id) FROM (
                SELECT id, participant_id, employer, job_title, start_date, end_date, hours_per_week
                FROM work_history_entries WHERE participant_id = @participant) w), '[]'),
            'mediation', coalesce((SELECT json_agg(m ORDER BY m.date DESC, m.id) FROM (
                SELECT id, participant_id, kind, date, vacancy, outcome, organisation_id
                FROM mediation_activities WHERE participant_id = @participant) m), '[]'),
            'service_deliveries', coalesce((SELECT json_agg(s ORDER BY s.start_date DESC, s.id) FROM (
                SELECT d.id, d.service_type, o.name AS provider, d.start_date, d.end_date, d.cost
                FROM service_deliveries d JOIN organisations o ON o.id = d.provider_organisation_id
                WHERE d.participant_id = @participant AND (d.service_type <> @werkfitbehoud OR @sees_derived)) s), '[]'),
            'involvements', coalesce((SELECT json_agg(i ORDER BY i.since, i.organisation_id) FROM (
                SELECT c.organisation_id, o.name, o.type, c.since
                FROM case_involvements c JOIN organisations o ON o.id = c.organisation_id
                WHERE c.participant_id = @participant) i), '[]')
        """;

    // Category g: a different statement, so a caller who may not see it cannot read it by a parameter's value.
    private const string BanenafspraakSql = """
        ,
            'banenafspraak', (SELECT row_to_json(b) FROM (
                SELECT in_target_group, registered_on FROM banenafspraak_indications WHERE participant_id = @participant) b)
        """;

    // The route's holders and plan (category e), only for whoever may see the route: the statements
    // CaseworkQueries.RouteAsync sends, here in the same round trip. The plan actions' werkfitbehoud condition
    // restates their query filter, as the services' does above; row-level security repeats both.
    private const string RouteSql = """
        ,
            'holders', coalesce((SELECT json_agg(h ORDER BY h.since, h.organisation_id) FROM (
                SELECT c.organisation_id, o.name AS organisation, a.user_id, u.display_name AS name, c.since
                FROM case_involvements c JOIN organisations o ON o.id = c.organisation_id
                LEFT JOIN case_assignments a ON a.participant_id = c.participant_id AND a.organisation_id = c.organisation_id
                LEFT JOIN users u ON u.id = a.user_id
                WHERE c.participant_id = @participant) h), '[]'),
            'plan', (SELECT json_build_object('goal', r.goal, 'actions', coalesce((SELECT json_agg(x ORDER BY x.due_on, x.position, x.id) FROM (
                SELECT a.id, k.name, a.owner_organisation_id, o.name AS owner, a.responsible_user_id, u.display_name AS responsible,
                    a.due_on, a.status, k.position
                FROM plan_actions a JOIN action_catalogue k ON k.id = a.catalogue_item_id
                JOIN organisations o ON o.id = a.owner_organisation_id
                LEFT JOIN users u ON u.id = a.responsible_user_id
                WHERE a.participant_id = @participant AND (NOT a.reveals_banenafspraak OR @sees_derived)) x), '[]'))
                FROM route_plans r WHERE r.participant_id = @participant)
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>
    /// The lists, and category g only when <paramref name="withBanenafspraak"/>: the caller has asked
    /// <c>policy.CanSee(actor, Category.Banenafspraak)</c> (AP z2021-2117); otherwise it is not even read. The
    /// route's holders and plan only when <paramref name="withRoute"/> (<c>policy.CanSeeRoute(actor)</c>).
    /// </summary>
    public static async Task<Lists> LoadAsync(RmtDbContext db, Guid participantId, bool withBanenafspraak, bool withRoute, CancellationToken cancellationToken) =>
        Parse((await Query(db, participantId, withBanenafspraak, withRoute).ToListAsync(cancellationToken)).Single(), withBanenafspraak, withRoute);

    /// <summary>The statement of <see cref="LoadAsync"/>: one row, one JSON column, to send alone or in a <see cref="QueryBatch"/>.</summary>
    public static IQueryable<string> Query(RmtDbContext db, Guid participantId, bool withBanenafspraak, bool withRoute)
    {
        var sql = ListsSql + (withBanenafspraak ? BanenafspraakSql : "") + (withRoute ? RouteSql : "") + ") AS \"Value\"";
        return db.Database.SqlQueryRaw<string>(
            sql,
            new NpgsqlParameter("participant", participantId),
            new NpgsqlParameter("werkfitbehoud", (int)ServiceType.Werkfitbehoud),
            new NpgsqlParameter("sees_derived", db.SeesBanenafspraakDerived));
    }

    public static Lists Parse(string json, bool withBanenafspraak, bool withRoute)
    {
        var lists = JsonSerializer.Deserialize<Stored>(json, Json)
            ?? throw new InvalidOperationException("The case file's lists came back empty.");
        return new Lists(lists.Education, lists.WorkHistory, lists.Mediation, lists.ServiceDeliveries, lists.Involvements,
            withBanenafspraak ? lists.Banenafspraak : null,
            withRoute ? lists.Holders ?? [] : null,
            withRoute ? lists.Plan is { } plan ? PlanView.Of(plan.Goal, plan.Actions) : PlanView.None : null);
    }

    private sealed record Stored(
        List<EducationEntry> Education,
        List<WorkHistoryEntry> WorkHistory,
        List<MediationActivity> Mediation,
        List<ServiceRow> ServiceDeliveries,
        List<InvolvementRow> Involvements,
        BanenafspraakRow? Banenafspraak,
        List<HolderRow>? Holders,
        StoredPlan? Plan);

    private sealed record StoredPlan(PlanGoal? Goal, List<ActionRow> Actions);
}
