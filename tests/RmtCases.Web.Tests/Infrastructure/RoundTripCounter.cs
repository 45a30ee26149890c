using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RmtCases.Web.Data;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>
/// Counts the database round trips of the requests that carry <see cref="Header"/>, by its value: every command
/// EF Core sends, and the settings command the data scope sends when a connection opens. The tests share one
/// application, so the header, not a global switch, says which requests are counted.
/// </summary>
public sealed class RoundTripCounter
{
    public const string Header = "X-Test-Round-Trips";

    private readonly ConcurrentDictionary<string, int> _counts = new();

    public int Of(string key) => _counts.GetValueOrDefault(key);

    internal void Count(IHttpContextAccessor accessor)
    {
        if (accessor.HttpContext?.Request.Headers[Header] is { Count: > 0 } key)
        {
            _counts.AddOrUpdate(key.ToString(), 1, (_, n) => n + 1);
        }
    }
}

/// <summary>Registered only by the test factory (<see cref="RmtAppFactory"/>).</summary>
internal sealed class RoundTripCountingInterceptor(RoundTripCounter counter, IHttpContextAccessor accessor)
    : DbCommandInterceptor, IDbConnectionInterceptor, IQueryBatchObserver
{
    // A batch of statements is one round trip.
    public Task SendingAsync(IReadOnlyList<DbCommand> commands, CancellationToken cancellationToken)
    {
        counter.Count(accessor);
        return Task.CompletedTask;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        counter.Count(accessor);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        counter.Count(accessor);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        counter.Count(accessor);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        counter.Count(accessor);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        counter.Count(accessor);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        counter.Count(accessor);
        return ValueTask.FromResult(result);
    }

    // The data scope's interceptor sets the region with one command of its own when a connection opens.
    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => counter.Count(accessor);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        counter.Count(accessor);
        return Task.CompletedTask;
    }
}
