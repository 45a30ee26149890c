using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using RmtCases.Domain.Exchange;
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

    public static async Task<FigureData> LoadAsync(RmtDbContext db, FigureScope scope, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var tx = (NpgsqlTransaction)transaction.GetDbTransaction();

        // Read only, and the row-level-security keys for this transaction only (set_config(..., true)): the national
        // figures count every region's rows, which nothing else in a request may, and only into the aggregates below.
        await using (var setup = new NpgsqlCommand(
            "SET TRANSACTION READ ONLY; SELECT set_config('rmt.all_regions', @all, true), set_config('rmt.sees_banenafspraak', @g, true)",
            connection, tx))
        {
            setup.Parameters.AddWithValue("all", scope.RegionId is null ? "on" : "off");
            setup.Parameters.AddWithValue("g", scope.IncludesBanenafspraakDerived ? "on" : "off");
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        var from = DutchFormat.StartOfDay(new DateOnly(scope.Year, 1, 1)).ToUniversalTime();
        var to = DutchFormat.StartOfDay(new DateOnly(scope.Year + 1, 1, 1)).ToUniversalTime();
        var inflow = new long[12];
        var outflow = new long[12];
        await ReadAsync(connection, tx, scope, """
            SELECT extract(month FROM registered_at AT TIME ZONE 'Europe/Amsterdam')::int, count(*)
            FROM participants
            WHERE (@region::int IS NULL OR region_id = @region) AND registered_at >= @from AND registered_at < @to
            GROUP BY 1
            """, r => inflow[r.GetInt32(0) - 1] = r.GetInt64(1), cancellationToken, ("from", from), ("to", to));
        await ReadAsync(connection, tx, scope, """
            SELECT extract(month FROM withdrawn_on)::int, count(*)
            FROM participants
            WHERE (@region::int IS NULL OR region_id = @region) AND status = @withdrawn
              AND withdrawn_on >= @fromDay AND withdrawn_on < @toDay
            GROUP BY 1
            """, r => outflow[r.GetInt32(0) - 1] = r.GetInt64(1), cancellationToken,
            ("withdrawn", (int)ParticipantStatus.Withdrawn), ("fromDay", new DateOnly(scope.Year, 1, 1)), ("toDay", new DateOnly(scope.Year + 1, 1, 1)));

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
            ("fromDay", new DateOnly(scope.Year, 1, 1)), ("toDay", new DateOnly(scope.Year + 1, 1, 1)),
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
        return new FigureData(inflow, outflow, services, exports, budget);
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
