using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace RmtCases.Web.Features.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>Npgsql's own meter and activity source (what the Npgsql.OpenTelemetry package subscribes to).</summary>
    private const string NpgsqlTelemetry = "Npgsql";

    public static WebApplicationBuilder AddRmtTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RmtMetrics>();
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.MetricsPort is null && options.OtlpEndpoint is null)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(r => r.AddService("RmtCases"));
        if (options.MetricsPort is { } port)
        {
            // Request durations by route template (never the path: it holds participant ids), Npgsql's pool use and
            // waits, the runtime's memory and GC, and the purge's progress.
            telemetry.WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(NpgsqlTelemetry)
                .AddRuntimeInstrumentation()
                .AddMeter(RmtMetrics.MeterName)
                .AddPrometheusHttpListener(listener =>
                {
                    listener.Host = options.MetricsHost;
                    listener.Port = port;
                }));
        }

        if (options.OtlpEndpoint is { } otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(asp =>
                {
                    asp.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);
                    // The query may hold a searched name, the user agent and address identify the caseworker: none
                    // leaves the process. Routes and statuses are what a trace needs.
                    asp.EnrichWithHttpRequest = (activity, _) =>
                    {
                        activity.SetTag("url.query", null);
                        activity.SetTag("user_agent.original", null);
                        activity.SetTag("client.address", null);
                    };
                })
                // Statement text only; Npgsql never records parameter values, which is where personal data travels.
                .AddSource(NpgsqlTelemetry)
                .AddOtlpExporter(exporter => exporter.Endpoint = new Uri(otlp)));
        }

        return builder;
    }
}
