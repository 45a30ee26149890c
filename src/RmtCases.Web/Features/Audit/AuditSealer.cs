using Npgsql;

namespace RmtCases.Web.Features.Audit;

/// <summary>
/// Chains the audit trail. A request appends its row without waiting for anyone (no lock, no hash); this worker
/// seals the committed rows in order, every <see cref="Interval"/>, on one instance at a time: the instance whose
/// connection holds the session advisory lock. The others try again every few seconds, so when that instance
/// stops, another takes over. This is how Certificate Transparency logs (Trillian Tessera) and SQL Server's
/// ledger tables keep a tamper-evident log without serialising every writer.
/// </summary>
public sealed class AuditSealer(IConfiguration configuration, ILogger<AuditSealer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>The session advisory lock that makes one instance the sealer (7513 is the sealing call's own lock).</summary>
    public const long SealerLock = 7514;

    private const int BatchSize = 5000;
    private static readonly TimeSpan _standbyRetry = TimeSpan.FromSeconds(3);

    /// <summary>Whether this instance is the sealer now.</summary>
    public bool IsSealing { get; private set; }

    private const int LagEveryTicks = 20;
    private double _lastLagSeconds;

    /// <summary>
    /// The sealing lag as this instance last measured it (every few seconds while it seals, 0 while it stands by),
    /// for a metrics gauge that must not query the database at every scrape.
    /// </summary>
    public double LastLagSeconds => Volatile.Read(ref _lastLagSeconds);

    /// <summary>Seals every row committed so far, from the caller's own connection; returns how many.</summary>
    public async Task<int> SealNowAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync(cancellationToken);
        var total = 0;
        int sealedNow;
        do
        {
            sealedNow = await SealBatchAsync(connection, cancellationToken);
            total += sealedNow;
        }
        while (sealedNow == BatchSize);
        return total;
    }

    /// <summary>
    /// The age of the oldest row not yet sealed (zero when all are): the sealing lag, for monitoring. Normally under
    /// a second; it grows while no instance seals, or while a transaction that wrote an audit row stays open.
    /// </summary>
    public async Task<TimeSpan> SealingLagAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync(cancellationToken);
        return TimeSpan.FromSeconds(await LagSecondsAsync(connection, cancellationToken));
    }

    private static async Task<double> LagSecondsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT coalesce(extract(epoch FROM clock_timestamp() - min(occurred_at)), 0)::float8 FROM audit_events
            WHERE chain_sequence >= rmt_audit_unsealed_from()
            """, connection);
        return Math.Max(0, (double)(await command.ExecuteScalarAsync(cancellationToken))!);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Its own connection, outside the pool: the lock is the connection's, and lives as long as it does.
                var builder = new NpgsqlConnectionStringBuilder(ConnectionString()) { Pooling = false };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                await using (var take = new NpgsqlCommand($"SELECT pg_try_advisory_lock({SealerLock})", connection))
                {
                    if (!(bool)(await take.ExecuteScalarAsync(stoppingToken))!)
                    {
                        await Task.Delay(_standbyRetry, stoppingToken);
                        continue;
                    }
                }

                IsSealing = true;
                logger.LogInformation("This instance seals the audit trail");
                using var timer = new PeriodicTimer(Interval);
                var ticks = 0;
                while (await timer.WaitForNextTickAsync(stoppingToken))
                {
                    while (await SealBatchAsync(connection, stoppingToken) == BatchSize)
                    {
                    }

                    if (++ticks % LagEveryTicks == 0)
                    {
                        Volatile.Write(ref _lastLagSeconds, await LagSecondsAsync(connection, stoppingToken));
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Sealing the audit trail failed; retried in a few seconds");
                try
                {
                    await Task.Delay(_standbyRetry, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            finally
            {
                IsSealing = false;
                Volatile.Write(ref _lastLagSeconds, 0);
            }
        }
    }

    private static async Task<int> SealBatchAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT rmt_audit_seal(@batch)", connection);
        command.Parameters.AddWithValue("batch", BatchSize);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private string ConnectionString() =>
        configuration.GetConnectionString("Rmt") ?? throw new InvalidOperationException("ConnectionStrings:Rmt is not configured.");
}
