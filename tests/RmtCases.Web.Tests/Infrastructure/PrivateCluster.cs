using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>
/// A small PostgreSQL cluster of one test's own (Debian's binaries, as scripts/lib.sh starts the shared one), so the
/// test can stop and start it under the application without touching the cluster every other test uses.
/// </summary>
public sealed class PrivateCluster : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _data;
    private readonly string _bin;
    private readonly int _maxConnections;

    private PrivateCluster(string directory, string bin, int port, int maxConnections)
    {
        _directory = directory;
        _data = Path.Combine(directory, "data");
        _bin = bin;
        Port = port;
        _maxConnections = maxConnections;
    }

    public int Port { get; }

    /// <summary>The Unix socket's directory (the data directory): trusted for the postgres user, as in scripts/lib.sh.</summary>
    public string SocketDirectory => _data;

    /// <summary>The superuser over the local socket: for the test's own checks, never for the application.</summary>
    public string SuperuserConnectionString => $"Host={SocketDirectory};Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public string OwnerConnectionString => $"Host=127.0.0.1;Port={Port};Database=postgres;Username=rmt_owner;Password=rmt-owner-local";

    public string AppConnectionString => $"Host=127.0.0.1;Port={Port};Username=rmt_web;Password=rmt-web-local";

    public static async Task<PrivateCluster> StartAsync(int maxConnections = 40)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found (Debian package postgresql-15).");
        var directory = Directory.CreateTempSubdirectory("rmt-cluster.").FullName;
        var cluster = new PrivateCluster(directory, bin, FreePort(), maxConnections);
        Directory.CreateDirectory(cluster._data);
        if (Environment.IsPrivilegedProcess)
        {
            // PostgreSQL refuses to run as root; the cluster belongs to the postgres user, as in scripts/lib.sh.
            await RunAsync("chown", "-R", "postgres", directory);
            await RunAsync("chmod", "o+x", Path.GetDirectoryName(directory)!);
        }

        await cluster.AsClusterUserAsync("initdb", "-D", cluster._data, "-U", "postgres", "--auth-local=trust",
            "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8");
        await cluster.StartAsync();
        await using var connection = new NpgsqlConnection(cluster.SuperuserConnectionString);
        await connection.OpenAsync();
        await using var roles = new NpgsqlCommand("""
            CREATE ROLE rmt_app NOLOGIN;
            CREATE ROLE rmt_owner LOGIN CREATEDB PASSWORD 'rmt-owner-local';
            CREATE ROLE rmt_web LOGIN NOBYPASSRLS PASSWORD 'rmt-web-local' IN ROLE rmt_app;
            GRANT rmt_app TO rmt_owner WITH ADMIN OPTION;
            """, connection);
        await roles.ExecuteNonQueryAsync();
        return cluster;
    }

    /// <summary>
    /// A streaming standby of <paramref name="primary"/>: a base backup with <c>-R</c> (which writes primary_conninfo and
    /// standby.signal), started on a port of its own. The primary then waits for it at every commit.
    /// </summary>
    public static async Task<PrivateCluster> StandbyOfAsync(PrivateCluster primary)
    {
        var directory = Directory.CreateTempSubdirectory("rmt-standby.").FullName;
        var standby = new PrivateCluster(directory, primary._bin, FreePort(), primary._maxConnections);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", "-R", "postgres", directory);
            await RunAsync("chmod", "o+x", Path.GetDirectoryName(directory)!);
        }

        try
        {
            // Over the primary's socket as the superuser (trusted locally, as every cluster here); -X stream keeps the
            // WAL written during the copy, -c fast does not wait for a scheduled checkpoint.
            await standby.AsClusterUserAsync("pg_basebackup", "-h", primary.SocketDirectory, "-p", primary.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-U", "postgres", "-D", standby._data, "-R", "-X", "stream", "-c", "fast");
            await standby.StartAsync();
            // Every commit on the primary now waits until this standby has flushed it: an acknowledged write is on both.
            await primary.ExecuteAsSuperuserAsync("ALTER SYSTEM SET synchronous_standby_names = '*'");
            await primary.ExecuteAsSuperuserAsync("SELECT pg_reload_conf()");
        }
        catch
        {
            await standby.DisposeAsync();
            throw;
        }

        return standby;
    }

    /// <summary>Ends recovery: the standby becomes a primary that accepts writes (pg_ctl waits until it does).</summary>
    public Task PromoteAsync() => AsClusterUserAsync("pg_ctl", "-D", _data, "-w", "-t", "30", "promote");

    public async Task<T?> ScalarAsSuperuserAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(SuperuserConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    private Task ExecuteAsSuperuserAsync(string sql) => ScalarAsSuperuserAsync<object>(sql);

    public Task StartAsync() =>
        AsClusterUserAsync("pg_ctl", "-D", _data, "-w", "-t", "30", "-l", Path.Combine(_directory, "server.log"), "-o",
            $"-p {Port} -k {_data} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections={_maxConnections} -c superuser_reserved_connections=3", "start");

    /// <summary>Immediate: as a crash or a pulled cable, no goodbye to the connected sessions.</summary>
    public Task StopAsync() => AsClusterUserAsync("pg_ctl", "-D", _data, "-m", "immediate", "-w", "-t", "30", "stop");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(_data, "postmaster.pid")))
        {
            await AsClusterUserAsync("pg_ctl", "-D", _data, "-m", "immediate", "-w", "-t", "30", "stop");
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private Task AsClusterUserAsync(string tool, params string[] arguments) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await errors}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
