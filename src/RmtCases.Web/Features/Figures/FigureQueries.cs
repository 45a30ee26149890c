using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Figures;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Figures;

/// <summary>
/// Every figure is counted in PostgreSQL, grouped by month or quarter; no participant row reaches the application.
/// Money comes from the live service rows and from the anonymous settlement rows the purge leaves
/// (financial_settlements), so a purge moves an amount from one source to the other and the total stays.
/// Every figure is one pass grouped by region: an administrator's national view reads each table once, not once per
/// region, and gets every region's counts with it, which the suppression across views needs (FigureBuilder).
/// </summary>
public static class FigureQueries
{
    public static readonly OrganisationType[] RecipientKinds =
    [
        OrganisationType.Municipality, OrganisationType.Uwv, OrganisationType.Union,
        OrganisationType.EmployerOrganisation, OrganisationType.ExternalProvider,
    ];

    /// <summary>Route outcomes and abort reasons each have codes 1 to this.</summary>
    public const int FinishedCodes = 6;

    /// <summary>Per region in scope (one for a caseworker, every region with data for an administrator) and their sum.</summary>
    public static async Task<FigureSet> LoadAsync(RmtDbContext db, FigureScope scope, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var tx = (NpgsqlTransaction)transaction.GetDbTransaction();

        // Read only, and the row-level-security keys for this transaction only (set_config(..., true)): an
        // administrator's figures count any region's rows, which nothing else in a request may, and only into the
        // aggregates below; a caseworker's stay in the region their session is bound to.
        await using (var setup = new NpgsqlCommand(
            "SET TRANSACTION READ ONLY; SELECT set_config('rmt.all_regions', @all, true), set_config('rmt.sees_banenafspraak', @g, true)",
            connection, tx))
        {
            setup.Parameters.AddWithValue("all", scope.AllRegions ? "on" : "off");
            setup.Parameters.AddWithValue("g", scope.IncludesBanenafspraakDerived ? "on" : "off");
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        var from = DutchFormat.StartOfDay(new DateOnly(scope.Year, 1, 1)).ToUniversalTime();
        var to = DutchFormat.StartOfDay(new DateOnly(scope.Year + 1, 1, 1)).ToUniversalTime();
        var fromDay = new DateOnly(scope.Year, 1, 1);
        var toDay = new DateOnly(scope.Year + 1, 1, 1);
        var range = new (string, object)[] { ("from", from), ("to", to), ("fromDay", fromDay), ("toDay", toDay) };

        // Each route figure adds what the purge kept of erased people (route_month_aggregates) to the live rows.
        var regions = new SortedDictionary<int, Counts>();
        var national = new Counts();
        Counts[] Of(DbDataReader r)
        {
            var region = r.GetInt32(0);
            if (!regions.TryGetValue(region, out var counts))
            {
                regions[region] = counts = new Counts();
            }

            return [counts, national];
        }

        await ReadAsync(connection, tx, scope, """
            SELECT region_id, m, sum(n)::bigint FROM (
                SELECT region_id, extract(month FROM registered_at AT TIME ZONE 'Europe/Amsterdam')::int AS m, count(*) AS n
                FROM participants
                WHERE (@region::int IS NULL OR region_id = @region) AND registered_at >= @from AND registered_at < @to
                GROUP BY 1, 2
                UNION ALL
                SELECT region_id, extract(month FROM month)::int, sum(count) FROM route_month_aggregates
                WHERE (@region::int IS NULL OR region_id = @region) AND figure = 1 AND month >= @fromDay AND month < @toDay
                GROUP BY 1, 2
            ) x GROUP BY 1, 2
            """, r => Array.ForEach(Of(r), c => c.Inflow[r.GetInt32(1) - 1] += r.GetInt64(2)), cancellationToken, range);

        // Outflow: the route ended (afgerond or afgebroken), or, while it had not, the participation was withdrawn.
        await ReadAsync(connection, tx, scope, """
            SELECT region_id, m, sum(n)::bigint FROM (
                SELECT region_id, extract(month FROM ended)::int AS m, count(*) AS n FROM (
                    SELECT region_id, coalesce(CASE WHEN route_phase IN (5, 6) THEN (route_phase_since AT TIME ZONE 'Europe/Amsterdam')::date END, withdrawn_on) AS ended
                    FROM participants
                    WHERE (@region::int IS NULL OR region_id = @region) AND (route_phase IN (5, 6) OR withdrawn_on IS NOT NULL)
                ) e WHERE ended >= @fromDay AND ended < @toDay
                GROUP BY 1, 2
                UNION ALL
                SELECT region_id, extract(month FROM month)::int, sum(count) FROM route_month_aggregates
                WHERE (@region::int IS NULL OR region_id = @region) AND figure = 2 AND month >= @fromDay AND month < @toDay
                GROUP BY 1, 2
            ) x GROUP BY 1, 2
            """, r => Array.ForEach(Of(r), c => c.Outflow[r.GetInt32(1) - 1] += r.GetInt64(2)), cancellationToken, range);

        await ReadAsync(connection, tx, scope, """
            SELECT region_id, route_phase, count(*) FROM participants
            WHERE (@region::int IS NULL OR region_id = @region)
            GROUP BY 1, 2
            """, r => Array.ForEach(Of(r), c => c.Phases[r.GetInt32(1) - 1] += r.GetInt64(2)), cancellationToken);

        // Finished routes per month: outcomes in columns 0-5, abort reasons in 6-11 (codes 1-6 each).
        await ReadAsync(connection, tx, scope, """
            SELECT region_id, m, figure, code, sum(n)::bigint FROM (
                SELECT region_id, extract(month FROM route_phase_since AT TIME ZONE 'Europe/Amsterdam')::int AS m,
                       CASE route_phase WHEN 5 THEN 3 ELSE 4 END AS figure,
                       coalesce(CASE route_phase WHEN 5 THEN route_outcome ELSE route_abort_reason END, 0) AS code, count(*) AS n
                FROM participants
                WHERE (@region::int IS NULL OR region_id = @region) AND route_phase IN (5, 6)
                  AND route_phase_since >= @from AND route_phase_since < @to
                GROUP BY 1, 2, 3, 4
                UNION ALL
                SELECT region_id, extract(month FROM month)::int, figure, code, sum(count) FROM route_month_aggregates
                WHERE (@region::int IS NULL OR region_id = @region) AND figure IN (3, 4) AND month >= @fromDay AND month < @toDay
                GROUP BY 1, 2, 3, 4
            ) x GROUP BY 1, 2, 3, 4
            """, r =>
            {
                var code = r.GetInt32(3);
                if (code is >= 1 and <= FinishedCodes)
                {
                    Array.ForEach(Of(r), c => c.Finished[r.GetInt32(1) - 1, (r.GetInt32(2) == 3 ? 0 : FinishedCodes) + code - 1] += r.GetInt64(4));
                }
            }, cancellationToken, range);

        // Lead time from registration to a completed route, in whole days: per month, per quarter and for the year,
        // each its own median and 80th percentile (they do not add up).
        // Medians do not add up: the national ones are grouping sets of their own in the same pass.
        await ReadAsync(connection, tx, scope, """
            WITH lead AS (
                SELECT region_id, extract(month FROM route_phase_since AT TIME ZONE 'Europe/Amsterdam')::int AS m,
                       floor(extract(epoch FROM route_phase_since - registered_at) / 86400)::int AS days
                FROM participants
                WHERE (@region::int IS NULL OR region_id = @region) AND route_phase = 5
                  AND route_phase_since >= @from AND route_phase_since < @to
                UNION ALL
                SELECT a.region_id, extract(month FROM a.month)::int, a.code
                FROM route_month_aggregates a CROSS JOIN LATERAL generate_series(1, a.count) AS copies
                WHERE (@region::int IS NULL OR a.region_id = @region) AND a.figure = 5 AND a.month >= @fromDay AND a.month < @toDay
            )
            SELECT coalesce(region_id, 0), grouping(region_id), grouping(m), grouping(q), coalesce(m, 0), coalesce(q, 0), count(*),
                   percentile_disc(0.5) WITHIN GROUP (ORDER BY days), percentile_disc(0.8) WITHIN GROUP (ORDER BY days)
            FROM (SELECT region_id, m, (m - 1) / 3 AS q, days FROM lead) l
            GROUP BY GROUPING SETS ((region_id, m), (region_id, q), (region_id), (m), (q), ())
            HAVING count(*) > 0
            """, r =>
            {
                var kind = r.GetInt32(2) == 0 ? PeriodKind.Month : r.GetInt32(3) == 0 ? PeriodKind.Quarter : PeriodKind.Year;
                var index = kind == PeriodKind.Month ? r.GetInt32(4) - 1 : kind == PeriodKind.Quarter ? r.GetInt32(5) : 0;
                var lead = new LeadTime(kind, index, r.GetInt64(6), r.GetInt32(7), r.GetInt32(8));
                (r.GetInt32(1) == 1 ? national : Of(r)[0]).LeadTimes.Add(lead);
            }, cancellationToken, range);

        // The quarter of the service's start date, as the purge writes its settlement rows.
        await ReadAsync(connection, tx, scope, """
            SELECT m.region_id, m.service_type, m.provider_organisation_id, o.name, m.quarter, sum(m.deliveries)::bigint, sum(m.amount)
            FROM (
                SELECT p.region_id, s.service_type, s.provider_organisation_id, extract(quarter FROM s.start_date)::int AS quarter,
                       count(*) AS deliveries, sum(s.cost) AS amount
                FROM service_deliveries s JOIN participants p ON p.id = s.participant_id
                WHERE (@region::int IS NULL OR p.region_id = @region)
                  AND s.start_date >= @fromDay AND s.start_date < @toDay
                  AND (@g OR s.service_type <> @werkfitbehoud)
                GROUP BY 1, 2, 3, 4
                UNION ALL
                SELECT f.region_id, f.service_type, f.provider_organisation_id, substr(f.quarter, 7, 1)::int, f.deliveries, f.total_amount
                FROM financial_settlements f
                WHERE (@region::int IS NULL OR f.region_id = @region)
                  AND f.quarter LIKE @yearPrefix
                  AND (@g OR f.service_type <> @werkfitbehoud)
            ) m JOIN organisations o ON o.id = m.provider_organisation_id
            GROUP BY 1, 2, 3, 4, 5
            """, r =>
            {
                var service = new ServiceAggregate((ServiceType)r.GetInt32(1), r.GetGuid(2), r.GetString(3), r.GetInt32(4) - 1, r.GetInt64(5), r.GetDecimal(6));
                Array.ForEach(Of(r), c => c.Services.Add(service));
            },
            cancellationToken,
            ("fromDay", fromDay), ("toDay", toDay),
            ("g", scope.IncludesBanenafspraakDerived), ("werkfitbehoud", (int)ServiceType.Werkfitbehoud), ("yearPrefix", $"{scope.Year}-K%"));

        await ReadAsync(connection, tx, scope, """
            SELECT e.region_id, extract(month FROM e.created_at AT TIME ZONE 'Europe/Amsterdam')::int, o.type, count(*)
            FROM export_records e JOIN organisations o ON o.id = e.recipient_organisation_id
            WHERE (@region::int IS NULL OR e.region_id = @region) AND e.kind = @exchange
              AND e.created_at >= @from AND e.created_at < @to
            GROUP BY 1, 2, 3
            """, r =>
            {
                var kind = Array.IndexOf(RecipientKinds, (OrganisationType)r.GetInt32(2));
                if (kind >= 0)
                {
                    Array.ForEach(Of(r), c => c.Exports[r.GetInt32(1) - 1, kind] += r.GetInt64(3));
                }
            }, cancellationToken, ("exchange", (int)ExportKind.Exchange), ("from", from), ("to", to));

        await ReadAsync(connection, tx, scope, """
            SELECT region_id, sum(personnel), sum(intervention) FROM region_budgets
            WHERE (@region::int IS NULL OR region_id = @region) AND year = @year
            GROUP BY 1
            """, r => Array.ForEach(Of(r), c => c.Budget = new BudgetTotals(
                (c.Budget?.Personnel ?? 0) + r.GetDecimal(1), (c.Budget?.Intervention ?? 0) + r.GetDecimal(2), (c.Budget?.Regions ?? 0) + 1)),
            cancellationToken, ("year", scope.Year));

        await transaction.CommitAsync(cancellationToken);
        return new FigureSet(regions.ToDictionary(r => r.Key, r => r.Value.ToData()), national.ToData());
    }

    /// <summary>One region's (or the national) aggregates while they are read.</summary>
    private sealed class Counts
    {
        public long[] Inflow { get; } = new long[12];
        public long[] Outflow { get; } = new long[12];
        public List<ServiceAggregate> Services { get; } = [];
        public long[,] Exports { get; } = new long[12, RecipientKinds.Length];
        public BudgetTotals? Budget { get; set; }
        public long[] Phases { get; } = new long[Enum.GetValues<RoutePhase>().Length];
        public long[,] Finished { get; } = new long[12, 2 * FinishedCodes];
        public List<LeadTime> LeadTimes { get; } = [];

        public FigureData ToData() => new(Inflow, Outflow, Services, Exports, Budget, Phases, Finished, LeadTimes);
    }

    private static async Task ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, FigureScope scope, string sql, Action<DbDataReader> row,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("region", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)scope.RegionId ?? DBNull.Value });
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }
}
