using RmtCases.Domain.Exchange;
using RmtCases.Domain.Figures;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Figures;

/// <summary>
/// The SQL of each figure, for one scope and year, and where each row it returns goes in <see cref="FigureCounts"/>.
/// Every count is grouped by region as well, in the same scan: the national view is the regions added up in
/// memory, and the regions' own tables are what its suppression is checked against (FigureBuilder).
/// </summary>
internal static class FigureStatements
{
    // Literals in the SQL, not parameters: the partial index on finished routes serves a query only when PostgreSQL
    // can prove its condition from the query's own.
    private const int Completed = (int)RoutePhase.Completed;

    private const int Aborted = (int)RoutePhase.Aborted;

    public static IReadOnlyList<FigureStatement> For(FigureScope scope, FigureCounts counts)
    {
        var statements = new List<FigureStatement>();
        var from = DutchFormat.StartOfDay(new DateOnly(scope.Year, 1, 1)).ToUniversalTime();
        var to = DutchFormat.StartOfDay(new DateOnly(scope.Year + 1, 1, 1)).ToUniversalTime();
        var fromDay = new DateOnly(scope.Year, 1, 1);
        var toDay = new DateOnly(scope.Year + 1, 1, 1);
        // The month of a moment is its bucket among the months' starts (width_bucket, a binary search): cheaper per row
        // than extract(month FROM t AT TIME ZONE 'Europe/Amsterdam'), which converts every row's time zone.
        var monthStarts = Enumerable.Range(1, 12).Select(m => DutchFormat.StartOfDay(new DateOnly(scope.Year, m, 1)).UtcDateTime).ToArray();
        var monthDays = Enumerable.Range(1, 12).Select(m => new DateOnly(scope.Year, m, 1)).ToArray();
        // A query per shape, not one with "@region IS NULL OR": prepared, that generic plan scanned every region.
        string Region(string column) => scope.RegionId is null ? "true" : column + " = @region";
        var range = new (string, object)[] { ("from", from), ("to", to), ("fromDay", fromDay), ("toDay", toDay), ("months", monthStarts), ("monthDays", monthDays) };

        // Each route figure adds what the purge kept of erased people (route_month_aggregates) to the live rows.
        statements.Add(new FigureStatement($"""
            SELECT region_id, m, sum(n)::bigint FROM (
                SELECT region_id, width_bucket(registered_at, @months) AS m, count(*) AS n
                FROM participants
                WHERE {Region("region_id")} AND registered_at >= @from AND registered_at < @to
                GROUP BY 1, 2
                UNION ALL
                SELECT region_id, extract(month FROM month)::int, sum(count) FROM route_month_aggregates
                WHERE {Region("region_id")} AND figure = 1 AND month >= @fromDay AND month < @toDay
                GROUP BY 1, 2
            ) x GROUP BY 1, 2
            """, r => counts.Of(r.GetInt32(0)).Inflow[r.GetInt32(1) - 1] = r.GetInt64(2), range));

        // Outflow: the route ended (afgerond or afgebroken), or, while it had not, the participation was withdrawn.
        statements.Add(new FigureStatement($"""
            SELECT region_id, m, sum(n)::bigint FROM (
                SELECT region_id,
                       CASE WHEN route_phase IN ({Completed}, {Aborted}) THEN width_bucket(route_phase_since, @months) ELSE width_bucket(withdrawn_on, @monthDays) END AS m,
                       count(*) AS n
                FROM participants
                WHERE {Region("region_id")}
                  AND ((route_phase IN ({Completed}, {Aborted}) AND route_phase_since >= @from AND route_phase_since < @to)
                    OR (route_phase NOT IN ({Completed}, {Aborted}) AND withdrawn_on >= @fromDay AND withdrawn_on < @toDay))
                GROUP BY 1, 2
                UNION ALL
                SELECT region_id, extract(month FROM month)::int, sum(count) FROM route_month_aggregates
                WHERE {Region("region_id")} AND figure = 2 AND month >= @fromDay AND month < @toDay
                GROUP BY 1, 2
            ) x GROUP BY 1, 2
            """, r => counts.Of(r.GetInt32(0)).Outflow[r.GetInt32(1) - 1] = r.GetInt64(2), range));

        statements.Add(new FigureStatement($"""
            SELECT region_id, route_phase, count(*) FROM participants
            WHERE {Region("region_id")}
            GROUP BY 1, 2
            """, r => counts.Of(r.GetInt32(0)).Phases[r.GetInt32(1) - 1] = r.GetInt64(2)));

        // Finished routes per month: outcomes in columns 0-5, abort reasons in 6-11 (codes 1-6 each).
        statements.Add(new FigureStatement($"""
            SELECT region_id, m, figure, code, sum(n)::bigint FROM (
                SELECT region_id, width_bucket(route_phase_since, @months) AS m,
                       CASE route_phase WHEN {Completed} THEN 3 ELSE 4 END AS figure,
                       coalesce(CASE route_phase WHEN {Completed} THEN route_outcome ELSE route_abort_reason END, 0) AS code, count(*) AS n
                FROM participants
                WHERE {Region("region_id")} AND route_phase IN ({Completed}, {Aborted})
                  AND route_phase_since >= @from AND route_phase_since < @to
                GROUP BY 1, 2, 3, 4
                UNION ALL
                SELECT region_id, extract(month FROM month)::int, figure, code, sum(count) FROM route_month_aggregates
                WHERE {Region("region_id")} AND figure IN (3, 4) AND month >= @fromDay AND month < @toDay
                GROUP BY 1, 2, 3, 4
            ) x GROUP BY 1, 2, 3, 4
            """, r =>
            {
                var code = r.GetInt32(3);
                if (code is >= 1 and <= FigureQueries.FinishedCodes)
                {
                    counts.Of(r.GetInt32(0)).Finished[r.GetInt32(1) - 1, (r.GetInt32(2) == 3 ? 0 : FigureQueries.FinishedCodes) + code - 1] += r.GetInt64(4);
                }
            }, range));

        // Lead time from registration to a completed route, in whole days: per month, per quarter and for the year,
        // each its own median and 80th percentile (they do not add up, so they are of the view's scope, not per region).
        statements.Add(new FigureStatement($"""
            WITH lead AS (
                SELECT width_bucket(route_phase_since, @months) AS m,
                       floor(extract(epoch FROM route_phase_since - registered_at) / 86400)::int AS days
                FROM participants
                WHERE {Region("region_id")} AND route_phase = {Completed}
                  AND route_phase_since >= @from AND route_phase_since < @to
                UNION ALL
                SELECT extract(month FROM a.month)::int, a.code
                FROM route_month_aggregates a CROSS JOIN LATERAL generate_series(1, a.count) AS copies
                WHERE {Region("a.region_id")} AND a.figure = 5 AND a.month >= @fromDay AND a.month < @toDay
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
                counts.LeadTimes.Add(new LeadTime(kind, index, r.GetInt64(4), r.GetInt32(5), r.GetInt32(6)));
            }, range));

        // The quarter of the service's start date, as the purge writes its settlement rows. The live services come from
        // their monthly totals, which the service rows' triggers keep (migration ServiceMonthTotals): a few dozen rows
        // per region and year instead of a year's services grouped on every request.
        statements.Add(new FigureStatement($"""
            SELECT m.region_id, m.service_type, m.provider_organisation_id, o.name, m.quarter, sum(m.deliveries)::bigint, sum(m.amount)
            FROM (
                SELECT s.region_id, s.service_type, s.provider_organisation_id, (extract(month FROM s.month)::int + 2) / 3 AS quarter,
                       s.deliveries, s.amount
                FROM service_month_totals s
                WHERE {Region("s.region_id")}
                  AND s.month >= @fromDay AND s.month < @toDay AND s.deliveries > 0
                  AND (@g OR s.service_type <> @werkfitbehoud)
                UNION ALL
                SELECT f.region_id, f.service_type, f.provider_organisation_id, substr(f.quarter, 7, 1)::int, f.deliveries, f.total_amount
                FROM financial_settlements f
                WHERE {Region("f.region_id")}
                  AND f.quarter LIKE @yearPrefix
                  AND (@g OR f.service_type <> @werkfitbehoud)
            ) m JOIN organisations o ON o.id = m.provider_organisation_id
            GROUP BY 1, 2, 3, 4, 5
            """, r => counts.Of(r.GetInt32(0)).Services.Add(new ServiceAggregate((ServiceType)r.GetInt32(1), r.GetGuid(2), r.GetString(3), r.GetInt32(4) - 1, r.GetInt64(5), r.GetDecimal(6))),
            ("fromDay", fromDay), ("toDay", toDay),
            ("g", scope.IncludesBanenafspraakDerived), ("werkfitbehoud", (int)ServiceType.Werkfitbehoud), ("yearPrefix", $"{scope.Year}-K%")));

        statements.Add(new FigureStatement($"""
            SELECT e.region_id, width_bucket(e.created_at, @months), o.type, count(*)
            FROM export_records e JOIN organisations o ON o.id = e.recipient_organisation_id
            WHERE {Region("e.region_id")} AND e.kind = @exchange
              AND e.created_at >= @from AND e.created_at < @to
            GROUP BY 1, 2, 3
            """, r =>
            {
                var kind = Array.IndexOf(FigureQueries.RecipientKinds, (OrganisationType)r.GetInt32(2));
                if (kind >= 0)
                {
                    counts.Of(r.GetInt32(0)).Exports[r.GetInt32(1) - 1, kind] += r.GetInt64(3);
                }
            }, ("exchange", (int)ExportKind.Exchange), ("from", from), ("to", to), ("months", monthStarts)));

        statements.Add(new FigureStatement($"""
            SELECT sum(personnel), sum(intervention), count(*)::int FROM region_budgets
            WHERE {Region("region_id")} AND year = @year
            HAVING count(*) > 0
            """, r => counts.Budget = new BudgetTotals(r.GetDecimal(0), r.GetDecimal(1), r.GetInt32(2)), ("year", scope.Year)));

        return statements;
    }
}
