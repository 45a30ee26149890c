using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;

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
        BanenafspraakRow? Banenafspraak);

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

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>
    /// The lists, and category g only when <paramref name="withBanenafspraak"/>: the caller has asked
    /// <c>policy.CanSee(actor, Category.Banenafspraak)</c> (AP z2021-2117); otherwise it is not even read.
    /// </summary>
    public static async Task<Lists> LoadAsync(RmtDbContext db, Guid participantId, bool withBanenafspraak, CancellationToken cancellationToken)
    {
        var sql = withBanenafspraak ? ListsSql + BanenafspraakSql + ") AS \"Value\"" : ListsSql + ") AS \"Value\"";
        var rows = await db.Database.SqlQueryRaw<string>(
                sql,
                new NpgsqlParameter("participant", participantId),
                new NpgsqlParameter("werkfitbehoud", (int)ServiceType.Werkfitbehoud),
                new NpgsqlParameter("sees_derived", db.SeesBanenafspraakDerived))
            .ToListAsync(cancellationToken);
        var lists = JsonSerializer.Deserialize<Stored>(rows.Single(), Json)
            ?? throw new InvalidOperationException("The case file's lists came back empty.");
        return new Lists(lists.Education, lists.WorkHistory, lists.Mediation, lists.ServiceDeliveries, lists.Involvements,
            withBanenafspraak ? lists.Banenafspraak : null);
    }

    private sealed record Stored(
        List<EducationEntry> Education,
        List<WorkHistoryEntry> WorkHistory,
        List<MediationActivity> Mediation,
        List<ServiceRow> ServiceDeliveries,
        List<InvolvementRow> Involvements,
        BanenafspraakRow? Banenafspraak);
}
