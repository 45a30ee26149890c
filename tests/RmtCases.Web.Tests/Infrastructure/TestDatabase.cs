using Microsoft.Extensions.Configuration;
using Npgsql;
using Respawn;
using RmtCases.Web.Data;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>
/// A fresh database on the server that scripts/test started: created and migrated as the schema owner,
/// used by the application as rmt_web (which owns nothing, so row-level security binds it), reset with Respawn.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private Respawner? _respawner;

    private readonly string _server;

    private TestDatabase(string server, string name, string ownerConnection, string appConnection)
    {
        _server = server;
        Name = name;
        OwnerConnectionString = ownerConnection;
        AppConnectionString = appConnection;
    }

    public string Name { get; }

    /// <summary>The schema owner; bound by RLS too (FORCE), so system work sets rmt.all_regions.</summary>
    public string OwnerConnectionString { get; }

    public string AppConnectionString { get; }

    /// <summary>The owner, seeing all regions: for arranging and asserting rows directly.</summary>
    public string AllRegionsConnectionString => OwnerConnectionString + ";Options=-c rmt.all_regions=on";

    public static Task<TestDatabase> CreateAsync() => CreateAsync(
        Environment.GetEnvironmentVariable("RMT_TEST_OWNER_CONNECTION")
            ?? throw new InvalidOperationException("RMT_TEST_OWNER_CONNECTION is not set: run the tests with scripts/test."),
        Environment.GetEnvironmentVariable("RMT_TEST_APP_CONNECTION")
            ?? throw new InvalidOperationException("RMT_TEST_APP_CONNECTION is not set: run the tests with scripts/test."));

    /// <summary>A database on another server, such as a <see cref="PrivateCluster"/>: the owner's connection to its postgres database.</summary>
    public static async Task<TestDatabase> CreateAsync(string owner, string app)
    {
        var name = "rmt_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(owner))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var database = new TestDatabase(
            owner,
            name,
            new NpgsqlConnectionStringBuilder(owner) { Database = name }.ConnectionString,
            new NpgsqlConnectionStringBuilder(app) { Database = name }.ConnectionString);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:RmtMigrations"] = database.OwnerConnectionString })
            .Build();
        await DataRegistration.MigrateAsync(configuration, CancellationToken.None);
        return database;
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(AllRegionsConnectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // Data Protection keys outlive a test, as in production: each host caches its key ring.
            // The action catalogue and its templates are seeded by a migration, like the regions.
            TablesToIgnore = ["regions", "__ef_migrations_history", "data_protection_keys", "action_catalogue", "plan_template_steps"],
        });
        await _respawner.ResetAsync(connection);
    }

    public async Task<T?> ScalarAsync<T>(string sql, bool allRegions = true)
    {
        await using var connection = new NpgsqlConnection(allRegions ? AllRegionsConnectionString : AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)Convert.ChangeType(result, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AllRegionsConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // FORCE needs the right to end the other sessions, which the owner has not over the application role's: a
        // connection the application had not yet given back when its host stopped made the drop fail in two runs, and
        // xUnit fails the whole run on a collection's cleanup. Wait for such sessions to end; the cluster is thrown
        // away after the run, so a database left behind after that is reported, not fatal.
        for (var attempt = 1; ; attempt++)
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                await using var connection = new NpgsqlConnection(_server);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (attempt < 20)
            {
                Console.Error.WriteLine($"Dropping test database {Name}, attempt {attempt}: {ex.SqlState} {ex.MessageText}");
                await Task.Delay(500);
            }
            catch (PostgresException ex)
            {
                Console.Error.WriteLine($"Test database {Name} left to the throwaway cluster: {ex.SqlState} {ex.MessageText}");
                return;
            }
        }
    }
}
