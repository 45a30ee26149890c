namespace RmtCases.Web.Features.Telemetry;

/// <summary>Both off by default: nothing is exported, and no port is opened, unless the deployment asks.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// The port on which Prometheus scrapes <c>/metrics</c>; none by default. A listener of its own, outside the
    /// application's pipeline and its load balancer.
    /// </summary>
    public int? MetricsPort { get; set; }

    /// <summary>The address that listener binds to: loopback unless the monitoring network is named here.</summary>
    public string MetricsHost { get; set; } = "127.0.0.1";

    /// <summary>An OTLP collector for traces (<c>http://collector:4317</c>); none by default.</summary>
    public string? OtlpEndpoint { get; set; }
}
