using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Figures;

/// <summary>
/// Every figure is counted in PostgreSQL, grouped by month or quarter; no participant row reaches the application.
/// Money comes from the live service rows (their monthly totals) and from the anonymous settlement rows the purge leaves
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

        // The figures' queries are independent: one batch, one round trip, instead of one after another.
        var counts = new FigureCounts();
        var statements = FigureStatements.For(scope, counts);
        await using (var batch = new NpgsqlBatch(connection, tx))
        {
            foreach (var statement in statements)
            {
                var command = new NpgsqlBatchCommand(statement.Sql);
                command.Parameters.Add(new NpgsqlParameter("region", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)scope.RegionId ?? DBNull.Value });
                foreach (var (name, value) in statement.Parameters)
                {
                    command.Parameters.AddWithValue(name, value);
                }

                batch.BatchCommands.Add(command);
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            foreach (var statement in statements)
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    statement.Row(reader);
                }

                await reader.NextResultAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return counts.ToData(national: scope.RegionId is null);
    }
}
