using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace RmtCases.Web.Data;

/// <summary>
/// Independent EF Core queries sent as one <see cref="NpgsqlBatch"/>: one round trip instead of one per query. The SQL is
/// EF Core's own (<see cref="RelationalQueryableExtensions.CreateDbCommand"/>), with the query filters, the scope's
/// conditions and the constants of a single query; only the rows are read by hand, by position in the order of
/// the projection. Row-level security applies as to every statement on the request's connection.
/// </summary>
public sealed class QueryBatch(DbContext db)
{
    private readonly List<(DbCommand Command, Action<DbDataReader> Row)> _queries = [];

    /// <summary>Adds a query; its rows, as <paramref name="row"/> reads them, are in the list once <see cref="SendAsync"/> has returned.</summary>
    public IReadOnlyList<T> Add<TQuery, T>(IQueryable<TQuery> query, Func<DbDataReader, T> row)
    {
        var rows = new List<T>();
        _queries.Add((query.CreateDbCommand(), reader => rows.Add(row(reader))));
        return rows;
    }

    public async Task SendAsync(CancellationToken cancellationToken)
    {
        if (_queries.Count == 0)
        {
            return;
        }

        var observers = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<IQueryBatchObserver>() ?? [];
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var commands = _queries.Select(q => q.Command).ToList();
            foreach (var observer in observers)
            {
                await observer.SendingAsync(commands, cancellationToken);
            }

            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction())
            {
                Timeout = commands[0].CommandTimeout,
            };
            foreach (var command in commands)
            {
                var statement = new NpgsqlBatchCommand(command.CommandText);
                foreach (NpgsqlParameter parameter in command.Parameters)
                {
                    statement.Parameters.Add(parameter.Clone());
                }

                batch.BatchCommands.Add(statement);
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            foreach (var (_, row) in _queries)
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    row(reader);
                }

                await reader.NextResultAsync(cancellationToken);
            }
        }
        finally
        {
            foreach (var (command, _) in _queries)
            {
                await command.DisposeAsync();
            }

            _queries.Clear();
            await db.Database.CloseConnectionAsync();
        }
    }
}
