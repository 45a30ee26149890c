namespace RmtCases.Web.Tests.Features.Telemetry;

/// <summary>Applications with telemetry switched on, each on a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}
