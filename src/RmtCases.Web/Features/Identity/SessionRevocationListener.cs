using Npgsql;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// Listens on its own connection for the sessions PostgreSQL deletes (sign-out, disabling an account, a role
/// change, a password reset: the auth_sessions trigger notifies with the session and user id on commit) and
/// drops them from this instance's <see cref="SessionCache"/>. While the connection is down the cache is off.
/// </summary>
/// <remarks>
/// A notification reaches a client only when the client reads from its connection, and PostgreSQL hands a
/// backend's pending notifications over before it answers that backend's next statement. A request served from
/// the cache therefore waits for <see cref="CaughtUpAsync"/>: the next round trip of this connection, started
/// after the request asked, one round trip for every request waiting at that moment. A session deleted on another
/// instance before the request arrived is then gone from the cache, however busy the machine; an idle instance
/// polls every <see cref="_idlePoll"/>.
/// </remarks>
public sealed class SessionRevocationListener(SessionCache cache, IConfiguration configuration, ILogger<SessionRevocationListener> logger)
    : BackgroundService
{
    public const string Channel = "rmt_session_revoked";

    private static readonly TimeSpan _retry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan _idlePoll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan _roundTripLimit = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _lock = new();
    private TaskCompletionSource<bool> _next = NewRoundTrip();
    private int _woken;

    /// <summary>True once this instance has received every revocation committed before the call; false when it cannot tell.</summary>
    public Task<bool> CaughtUpAsync()
    {
        Task<bool> next;
        lock (_lock)
        {
            next = _next.Task;
        }

        if (Interlocked.Exchange(ref _woken, 1) == 0)
        {
            _wake.Release();
        }

        return next.WaitAsync(_roundTripLimit).ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = configuration.GetConnectionString("Rmt")
            ?? throw new InvalidOperationException("ConnectionStrings:Rmt is not configured.");
        // Its own connection, outside the pool: it stays open, and a pooled one would be reset on return.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = (int)_roundTripLimit.TotalSeconds };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, e) => Revoke(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                cache.StartTrusting();
                await using var roundTrip = new NpgsqlCommand("SELECT 1", connection);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await _wake.WaitAsync(_idlePoll, stoppingToken);
                    Volatile.Write(ref _woken, 0);
                    TaskCompletionSource<bool> waiting;
                    lock (_lock)
                    {
                        waiting = _next;
                        _next = NewRoundTrip();
                    }

                    try
                    {
                        await roundTrip.ExecuteNonQueryAsync(stoppingToken);
                        waiting.TrySetResult(true);
                    }
                    catch
                    {
                        waiting.TrySetResult(false);
                        throw;
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "The session revocation listener lost its connection; sessions are read from the database until it is back");
            }
            finally
            {
                cache.StopTrusting();
            }

            try
            {
                await Task.Delay(_retry, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static TaskCompletionSource<bool> NewRoundTrip() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The payload is "session-id user-id", both from the deleted row.</summary>
    private void Revoke(string payload)
    {
        var parts = payload.Split(' ');
        if (parts.Length == 2 && Guid.TryParse(parts[0], out var sessionId))
        {
            cache.RevokeSession(sessionId, Guid.TryParse(parts[1], out var userId) ? userId : null);
        }
    }
}
