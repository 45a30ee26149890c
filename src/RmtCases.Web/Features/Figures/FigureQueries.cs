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

    public static async Task<FigureData> LoadAsync(RmtDbContext db, FigureScope scope, CancellationToken cancellationToken)
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
        var inflow = new long[12];
        await ReadAsync(connection, tx, scope, """
            SELECT m, sum(n)::bigint FROM (
                SELECT extract(month FROM registered_at AT TIME ZONE 'Europe/Amsterdam')::int AS m, count(*) AS n
                FROM participants
                WHERE (@region::int IS NULL OR region_id = @region) AND registered_at >= @from AND registered_at < @to
                GROUP BY 1
                UNION ALL
                SELECT extract(month FROM month)::int, sum(count) FROM route_month_aggregates
                WHERE (@region::int IS NULL OR region_id = @region) AND figure = 1 AND month >= @fromDay AND month < @toDay
                GROUP BY 1
            ) x GROUP BY 1
            """, r => inflow[r.GetInt32(0) - 1] = r.GetInt64(1), cancellationToken, range);

        // Outflow: the route ended (afgerond or afgebroken), or, while it had not, the participation was withdrawn.
        var outflow = new long[12];
        await ReadAsync(connection, tx, scope, """
            SELECT m, sum(n)::bigint FROM (
                SELECT extract(month FROM ended)::int AS m, count(*) AS n FROM (
                    SELECT coalesce(CASE WHEN route_phase IN (5, 6) THEN (route_phase_since AT TIME ZONE 'Europe/Amsterdam')::date END, withdrawn_on) AS ended
                    FROM participants
                    WHERE (@region::int IS NULL OR region_id = @region) AND (route_phase IN (5, 6) OR withdrawn_on IS NOT NULL)
                ) e WHERE ended >= @fromDay AND ended < @toDay
                GROUP BY 1
                UNION ALL
                SELECT extract(month FROM month)::int, sum(count) FROM route_month_aggregates
                WHERE (@region::int IS NULL OR region_id = @region) AND figure = 2 AND month >= @fromDay AND month < @toDay
                GROUP BY 1
            ) x GROUP BY 1
            """, r => outflow[r.GetInt32(0) - 1] = r.GetInt64(1), cancellationToken, range);

        var phases = new long[Enum.GetValues<RoutePhase>().Length];
        await ReadAsync(connection, tx, scope, """
            SELECT route_phase, count(*) FROM participants
            WHERE (@region::int IS NULL OR region_id = @region)
            GROUP BY 1
            """, r => phases[r.GetInt32(0) - 1] = r.GetInt64(1), cancellationToken);

        // Finished routes per month: outcomes in columns 0-5, abort reasons in 6-11 (codes 1-6 each).
        var finished = new long[12, 2 * FinishedCodes];
        await ReadAsync(connection, tx, scope, """
            SELECT m, figure, code, sum(n)::bigint FROM (
                SELECT extract(month FROM route_phase_since AT TIME ZONE 'Europe/Amsterdam')::int AS m,
                       CASE route_phase WHEN 5 THEN 3 ELSE 4 END AS figure,
                       coalesce(CASE route_phase WHEN 5 THEN route_outcome ELSE route_abort_reason END, 0) AS code, count(*) AS n
                FROM participants
                WHERE (@region::int IS NULL OR region_id = @region) AND route_phase IN (5, 6)
                  AND route_phase_since >= @from AND route_phase_since < @to
                GROUP BY 1, 2, 3
                UNION ALL
                SELECT extract(month FROM month)::int, figure, code, sum(count) FROM route_month_aggregates
                WHERE (@region::int IS NULL OR region_id = @region) AND figure IN (3, 4) AND month >= @fromDay AND month < @toDay
                GROUP BY 1, 2, 3
            ) x GROUP BY 1, 2, 3
            """, r =>
            {
                var code = r.GetInt32(2);
                if (code is >= 1 and <= FinishedCodes)
                {
                    finished[r.GetInt32(0) - 1, (r.GetInt32(1) == 3 ? 0 : FinishedCodes) + code - 1] += r.GetInt64(3);
                }
            }, cancellationToken, range);

        // Lead time from registration to a completed route, in whole days: per month, per quarter and for the year,
        // each its own median and 80th percentile (they do not add up).
        var leadTimes = new List<LeadTime>();
        await ReadAsync(connection, tx, scope, """
            WITH lead AS (
                SELECT extract(month FROM route_phase_since AT TIME ZONE 'Europe/Amsterdam')::int AS m,
                       floor(extract(epoch FROM route_phase_since - registered_at) / 86400)::int AS days
                FROM participants
                WHERE (@region::int IS NULL OR region_id = @region) AND route_phase = 5
                  AND route_phase_since >= @from AND route_phase_since < @to
                UNION ALL
                SELECT extract(month FROM a.month)::int, a.code
                FROM route_month_aggregates a CROSS JOIN LATERAL generate_series(1, a.count) AS copies
                WHERE (@region::int IS NULL OR a.region_id = @region) AND a.figure = 5 AND a.month >= @fromDay AND a.month < @toDay
            )
            SELECT grouping(m), grouping(q), coalesce(m, 0), coalesce(q, 0), count(*),
                   percentile_disc(0.5) WITHIN GROUP (ORDER BY days), percentile_disc(0.8) WITHIN GROUP (ORDER BY days)
            FROM (SELECT m, (m - 1) / 3 AS q, days FROM lead) l
            GROUP BY GROUPING SETS ((m), (q), ())
            HAVING count(*) > 0
            """, r =>
            {
                var kind = r.GetInt32(0) == 0 ? PeriodKind.Month : r.GetInt32(1) == 0 ? PeriodKind.Quarter : PeriodKind.Year;
                var index = kind == PeriodKind.Month ? r.GetInt32(2) - 1 : kind == PeriodKind.Quarter ? r.GetInt32(3) : 0;
                leadTimes.Add(new LeadTime(kind, index, r.GetInt64(4), r.GetInt32(5), r.GetInt32(6)));
            }, cancellationToken, range);

        var services = new List<ServiceAggregate>();
        // The quarter of the service's start date, as the purge writes its settlement rows.
        await ReadAsync(connection, tx, scope, """
            SELECT m.service_type, m.provider_organisation_id, o.name, m.quarter, sum(m.deliveries)::bigint, sum(m.amount)
            FROM (
                SELECT s.service_type, s.provider_organisation_id, extract(quarter FROM s.start_date)::int AS quarter,
                       count(*) AS deliveries, sum(s.cost) AS amount
                FROM service_deliveries s JOIN participants p ON p.id = s.participant_id
                WHERE (@region::int IS NULL OR p.region_id = @region)
                  AND s.start_date >= @fromDay AND s.start_date < @toDay
                  AND (@g OR s.service_type <> @werkfitbehoud)
                GROUP BY 1, 2, 3
                UNION ALL
                SELECT f.service_type, f.provider_organisation_id, substr(f.quarter, 7, 1)::int, f.deliveries, f.total_amount
                FROM financial_settlements f
                WHERE (@region::int IS NULL OR f.region_id = @region)
                  AND f.quarter LIKE @yearPrefix
                  AND (@g OR f.service_type <> @werkfitbehoud)
            ) m JOIN organisations o ON o.id = m.provider_organisation_id
            GROUP BY 1, 2, 3, 4
            """, r => services.Add(new ServiceAggregate((ServiceType)r.GetInt32(0), r.GetGuid(1), r.GetString(2), r.GetInt32(3) - 1, r.GetInt64(4), r.GetDecimal(5))),
            cancellationToken,
            ("fromDay", fromDay), ("toDay", toDay),
            ("g", scope.IncludesBanenafspraakDerived), ("werkfitbehoud", (int)ServiceType.Werkfitbehoud), ("yearPrefix", $"{scope.Year}-K%"));

        var exports = new long[12, RecipientKinds.Length];
        await ReadAsync(connection, tx, scope, """
            SELECT extract(month FROM e.created_at AT TIME ZONE 'Europe/Amsterdam')::int, o.type, count(*)
            FROM export_records e JOIN organisations o ON o.id = e.recipient_organisation_id
            WHERE (@region::int IS NULL OR e.region_id = @region) AND e.kind = @exchange
              AND e.created_at >= @from AND e.created_at < @to
            GROUP BY 1, 2
            """, r =>
            {
                var kind = Array.IndexOf(RecipientKinds, (OrganisationType)r.GetInt32(1));
                if (kind >= 0)
                {
                    exports[r.GetInt32(0) - 1, kind] += r.GetInt64(2);
                }
            }, cancellationToken, ("exchange", (int)ExportKind.Exchange), ("from", from), ("to", to));

        BudgetTotals? budget = null;
        await ReadAsync(connection, tx, scope, """
            SELECT sum(personnel), sum(intervention), count(*)::int FROM region_budgets
            WHERE (@region::int IS NULL OR region_id = @region) AND year = @year
            HAVING count(*) > 0
            """, r => budget = new BudgetTotals(r.GetDecimal(0), r.GetDecimal(1), r.GetInt32(2)), cancellationToken, ("year", scope.Year));

        await transaction.CommitAsync(cancellationToken);
        return new FigureData(inflow, outflow, services, exports, budget, phases, finished, leadTimes);
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
