using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RmtCases.Web.Data;

public static class DataRegistration
{
    public static WebApplicationBuilder AddRmtData(this WebApplicationBuilder builder)
    {
        var connectionString = WithRuntimeDefaults(builder.Configuration.GetConnectionString("Rmt")
            ?? throw new InvalidOperationException("ConnectionStrings:Rmt is not configured (set ConnectionStrings__Rmt)."));

        builder.Services.AddScoped<DataScope>();
        builder.Services.AddDbContext<RmtDbContext>((services, options) => options
            // A migration builds indexes and rewrites rows of tables with a million participants: minutes, not the
            // 30 seconds a page's statement gets (NationalScaleCasework timed out on a populated database).
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history").CommandTimeout(3600))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new DataScopeInterceptor(services.GetRequiredService<DataScope>()), Features.Home.ConstantLimits.Interceptor));

        // Keys in PostgreSQL: every instance behind the load balancer reads each other's cookies.
        builder.Services.AddDataProtection()
            .SetApplicationName("RmtCases")
            .PersistKeysToDbContext<RmtDbContext>();
        return builder;
    }

    /// <summary>
    /// Npgsql prepares a statement the second time it runs, unless the connection string says otherwise. Planning
    /// a query through the row-level-security policies costs more than running the case file's small queries
    /// (README, "Performance"). Prepared statements survive the connection's return to the pool, the session's
    /// settings (the region) do not: Npgsql then resets with RESET ALL instead of DISCARD ALL (tested).
    /// </summary>
    public const int DefaultTimeoutSeconds = 5;

    public static string WithRuntimeDefaults(string connectionString)
    {
        // Whether the key is there, not its value: "Max Auto Prepare=0" turns preparing off (behind PgBouncer in
        // transaction mode, say) and must stay off.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        // Npgsql waits 15 s by default, both to connect and for a free pooled connection. A database that is away
        // or out of connections should answer 503 quickly, not hold the request (and the load balancer) that long.
        if (!given.ContainsKey("Timeout"))
        {
            builder.Timeout = DefaultTimeoutSeconds;
        }

        // With several hosts Npgsql remembers for 10 s which is primary, standby or offline, so after a takeover it
        // would keep answering "no suitable host" for up to 10 s after the promotion. Asking again after 2 s costs
        // one small query per host and bounds the takeover (measured: README, "Failure, backups and deployment").
        if (builder.Host?.Contains(',', StringComparison.Ordinal) == true && !given.ContainsKey("Host Recheck Seconds") && !given.ContainsKey("HostRecheckSeconds"))
        {
            builder.HostRecheckSeconds = DefaultHostRecheckSeconds;
        }

        return builder.ConnectionString;
    }

    public const int DefaultHostRecheckSeconds = 2;

    /// <summary>Applies migrations as the schema owner, which may differ from the application's role.</summary>
    public static async Task MigrateAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var connectionString = configuration.GetConnectionString("RmtMigrations")
            ?? configuration.GetConnectionString("Rmt")
            ?? throw new InvalidOperationException("ConnectionStrings:RmtMigrations or ConnectionStrings:Rmt is not configured.");
        var options = new DbContextOptionsBuilder<RmtDbContext>()
            // A migration builds indexes and rewrites rows of tables with a million participants: minutes, not the
            // 30 seconds a page's statement gets (NationalScaleCasework timed out on a populated database).
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history").CommandTimeout(3600))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using var db = new RmtDbContext(options);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
