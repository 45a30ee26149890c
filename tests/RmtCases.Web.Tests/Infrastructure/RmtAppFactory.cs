using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>The real application on a real database; only the connection strings and the clock differ.</summary>
public sealed class RmtAppFactory(
    TestDatabase database, TestClock clock, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? extraServices = null)
    : WebApplicationFactory<Program>
{
    public const string PublicBaseUrl = "https://rmt.test";

    public LogSink Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Rmt", database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:RmtMigrations", database.OwnerConnectionString);
        // The daily purge would erase what a test arranged; retention tests call the engine themselves.
        builder.UseSetting("Retention:AutomaticPurge", "false");
        // As in the demo: the regulation's end date still ahead, so case files behave as they did while it ran.
        builder.UseSetting("Retention:EndDate", "2099-01-01");
        // Every test client shares one (unknown) address; the per-address limiter would throttle the suite.
        builder.UseSetting("SignIn:AttemptsPerAddressPerMinute", "100000");
        // As a deployment must: the host names served and the public address links are built on.
        builder.UseSetting("AllowedHosts", "localhost;127.0.0.1");
        builder.UseSetting("Hosting:PublicBaseUrl", PublicBaseUrl);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestClientAddress>();
            services.AddHttpContextAccessor();
            services.AddSingleton<RoundTripCounter>();
            services.ConfigureDbContext<RmtCases.Web.Data.RmtDbContext>((provider, options) => options.AddInterceptors(
                new RoundTripCountingInterceptor(provider.GetRequiredService<RoundTripCounter>(), provider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>())));
            extraServices?.Invoke(services);
        });
    }
}
