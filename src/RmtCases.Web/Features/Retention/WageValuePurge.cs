using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using RmtCases.Domain.Retention;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Features.Retention;

/// <summary>
/// The municipality's own retention of wage-value assessments (Participatiewet), apart from the RMT's:
/// a series goes when its newest version was finalised (or, never finalised, created) longer ago than the
/// setting. The same run book (lock, run record, batch evidence, failure, dead runs) as the RMT purge,
/// which never touches assessments.
/// </summary>
public sealed class WageValuePurge(
    IConfiguration configuration, IOptions<WageValueOptions> options, IOptions<RetentionOptions> retention, TimeProvider time, ILogger<WageValuePurge> logger,
    Telemetry.RmtMetrics? metrics = null)
    : IPurgeBatches
{
    private const string DueSeries = """
        SELECT series_id FROM wage_value_assessments
        GROUP BY series_id
        HAVING max(coalesce(finalised_at, created_at)) + make_interval(years => @years) <= @now
        """;

    private readonly PurgeRunBook _book = new(configuration, retention, time, logger, metrics);

    public PurgeKind Kind => PurgeKind.WageValue;

    public IReadOnlyList<string> Tables { get; } = ["wage_value_assessments", "wage_value_tasks", "export_records"];

    public async Task<long> CountDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _book.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT count(*) FROM wage_value_assessments WHERE series_id IN ({DueSeries})");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public Task<PurgeOutcome> ExecuteAsync(Guid? startedByUserId, bool automatic, CancellationToken cancellationToken, DateTimeOffset? onceSince = null)
    {
        var settings = JsonSerializer.Serialize(new { options.Value.RetentionYearsAfterFinalisation, retention.Value.BatchSize, Today = time.GetUtcNow() });
        return _book.RunAsync(
            this, new PurgeStart(Domain.Ids.New(), PurgeKind.WageValue, Approved: false, automatic, startedByUserId, settings, onceSince), progress: null, cancellationToken);
    }

    public Task BeginAsync(NpgsqlConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task EndAsync(NpgsqlConnection connection) => Task.CompletedTask;

    public async Task<PurgeBatch?> EraseNextAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid runId, CancellationToken cancellationToken)
    {
        var statements = new (string Key, string Sql)[]
        {
            ("batch", $"CREATE TEMP TABLE wage_value_batch ON COMMIT DROP AS SELECT id FROM wage_value_assessments WHERE series_id IN (SELECT series_id FROM ({DueSeries}) due LIMIT {Math.Max(1, retention.Value.BatchSize)})"),
            ("size", "SELECT count(*) FROM wage_value_batch"),
            ("pending", "DELETE FROM pending_downloads WHERE export_record_id IN (SELECT id FROM export_records WHERE wage_value_assessment_id IN (SELECT id FROM wage_value_batch))"),
            ("export_records", "WITH u AS (UPDATE export_records SET wage_value_assessment_id = NULL, participant_id = NULL WHERE wage_value_assessment_id IN (SELECT id FROM wage_value_batch) RETURNING 1) SELECT count(*) FROM u"),
            ("wage_value_tasks", "WITH d AS (DELETE FROM wage_value_tasks WHERE assessment_id IN (SELECT id FROM wage_value_batch) RETURNING 1) SELECT count(*) FROM d"),
            ("wage_value_assessments", "WITH d AS (DELETE FROM wage_value_assessments WHERE id IN (SELECT id FROM wage_value_batch) RETURNING 1) SELECT count(*) FROM d"),
        };
        var counts = new Dictionary<string, long>();
        foreach (var (key, sql) in statements)
        {
            await using var command = Command(connection, transaction, sql);
            if (await command.ExecuteScalarAsync(cancellationToken) is long count)
            {
                counts[key] = count;
            }

            if (key == "size" && counts[key] == 0)
            {
                return null;
            }
        }

        return new PurgeBatch(Tables.ToDictionary(t => t, t => counts.GetValueOrDefault(t)), new Dictionary<Guid, long>());
    }

    private NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("years", options.Value.RetentionYearsAfterFinalisation);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        return command;
    }
}
