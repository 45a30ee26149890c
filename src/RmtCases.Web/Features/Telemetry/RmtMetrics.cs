using System.Diagnostics.Metrics;
using RmtCases.Domain.Retention;

namespace RmtCases.Web.Features.Telemetry;

/// <summary>
/// The application's own instruments (meter "RmtCases"), next to ASP.NET Core's request durations and Npgsql's pool
/// metrics. Every tag is a fixed word from the code: no name, id, address or free text ever becomes a tag or a value
/// (tested with canaries, <c>TelemetryTests</c>).
/// </summary>
public sealed class RmtMetrics
{
    public const string MeterName = "RmtCases";

    private readonly Meter _meter;
    private readonly Counter<long> _purgedRows;
    private readonly Counter<long> _purgeBatches;
    private readonly Counter<long> _purgeRuns;
    private readonly UpDownCounter<long> _purgesRunning;

    public RmtMetrics(IMeterFactory meters, Audit.AuditSealer? sealer = null)
    {
        _meter = meters.Create(MeterName);
        _purgedRows = _meter.CreateCounter<long>("rmt.purge.erased", "{row}", "Rows of the main table (participants, wage-value series) erased by purges");
        _purgeBatches = _meter.CreateCounter<long>("rmt.purge.batches", "{batch}", "Purge batches committed");
        _purgeRuns = _meter.CreateCounter<long>("rmt.purge.runs", "{run}", "Purge runs ended, by outcome");
        _purgesRunning = _meter.CreateUpDownCounter<long>("rmt.purge.running", "{run}", "Purges running in this instance");
        if (sealer is not null)
        {
            ObserveGauge("rmt.audit.sealing_lag", "s", "Age of the oldest audit row not yet sealed into the chain, on the sealing instance", () => sealer.LastLagSeconds);
        }
    }

    /// <summary>
    /// A gauge whose value is read from <paramref name="observe"/> at every scrape, for work that keeps its own state:
    /// for example the audit sealer's lag, <c>ObserveGauge("rmt.audit.sealing_lag", "s", "...", () => lag.TotalSeconds)</c>.
    /// The delegate runs on the scraping thread: it should read a field, not query the database.
    /// </summary>
    public void ObserveGauge(string name, string unit, string description, Func<double> observe) =>
        _meter.CreateObservableGauge(name, observe, unit, description);

    public void PurgeStarted(PurgeKind kind) => _purgesRunning.Add(1, Kind(kind));

    public void PurgeBatchCommitted(PurgeKind kind, long rows)
    {
        _purgeBatches.Add(1, Kind(kind));
        _purgedRows.Add(rows, Kind(kind));
    }

    public void PurgeEnded(PurgeKind kind, PurgeStatus status)
    {
        _purgesRunning.Add(-1, Kind(kind));
        _purgeRuns.Add(1, Kind(kind), new KeyValuePair<string, object?>("outcome", status.ToString().ToLowerInvariant()));
    }

    private static KeyValuePair<string, object?> Kind(PurgeKind kind) =>
        new("kind", kind == PurgeKind.WageValue ? "wage_value" : "rmt");
}
