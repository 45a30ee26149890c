using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Retention;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Retention;

/// <summary>
/// Erases the personal data of due participants: set-based SQL, one transaction per batch, so nobody is
/// ever half-erased; safe to interrupt and to run again; one purge at a time across all instances.
/// </summary>
public sealed class PurgeEngine(
    IConfiguration configuration, IOptions<RetentionOptions> options, TimeProvider time, ILogger<PurgeEngine> logger, Telemetry.RmtMetrics? metrics = null)
{
    public const string ParticipantsTable = "participants";

    internal static readonly string DueCondition =
        $"(@today >= @end_date OR (p.status = {(int)ParticipantStatus.Withdrawn} AND p.withdrawn_on + @grace <= @today))";

    internal static readonly string DueParticipants = $"SELECT p.id, p.region_id FROM participants p WHERE {DueCondition}";

    // Category per table, for the destruction certificate.
    public static readonly IReadOnlyList<(string Table, string Category)> Tables =
    [
        ("education_entries", "b"),
        ("work_history_entries", "c"),
        ("mediation_activities", "e"),
        ("service_deliveries", "f"),
        ("banenafspraak_indications", "g"),
        ("case_involvements", "betrokkenheid"),
        ("route_phase_changes", "e"),
        ("plan_actions", "e"),
        ("route_plans", "e"),
        ("case_assignments", "betrokkenheid"),
    ];

    private readonly PurgeRunBook _book = new(configuration, options, time, logger, metrics);

    public PurgeSettings CurrentSettings() => new(
        time.TodayInNetherlands(), options.Value.EndDate, options.Value.WithdrawalGraceDays, Math.Max(1, options.Value.BatchSize));

    public async Task<PurgePreview> PreviewAsync(PurgeSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = await _book.OpenAsync(cancellationToken);
        var rows = new Dictionary<string, long>
        {
            [ParticipantsTable] = await CountAsync(connection, null, $"SELECT count(*) FROM ({DueParticipants}) due", settings, cancellationToken),
            ["current_situation"] = await CountAsync(connection, null,
                $"SELECT count(*) FROM participants WHERE current_situation_status IS NOT NULL AND id IN (SELECT id FROM ({DueParticipants}) due)", settings, cancellationToken),
        };
        foreach (var (table, _) in Tables)
        {
            rows[table] = await CountAsync(connection, null,
                $"SELECT count(*) FROM {table} WHERE participant_id IN (SELECT id FROM ({DueParticipants}) due)", settings, cancellationToken);
        }

        rows["export_records"] = await CountAsync(connection, null,
            $"SELECT count(*) FROM export_records WHERE participant_id IN (SELECT id FROM ({DueParticipants}) due)", settings, cancellationToken);

        var settlements = new List<SettlementLine>();
        await using (var command = Command(connection, null, $"""
            SELECT d.region_id, s.provider_organisation_id, s.service_type,
                   to_char(s.start_date, 'YYYY') || '-K' || extract(quarter FROM s.start_date), count(*)::int, sum(s.cost)
            FROM service_deliveries s JOIN ({DueParticipants}) d ON d.id = s.participant_id
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            """, settings))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                settlements.Add(new SettlementLine(reader.GetInt32(0), reader.GetGuid(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4), reader.GetDecimal(5)));
            }
        }

        return new PurgePreview(settings, rows, settlements);
    }

    /// <summary>
    /// Runs a purge. <paramref name="runId"/> is a prepared and approved run, or null for the automatic and
    /// command-line purges. Returns AlreadyRunning without touching anything when another purge holds the lock.
    /// Runs left running by a process that died are closed first, each with its own certificate.
    /// </summary>
    public Task<PurgeOutcome> ExecuteAsync(
        PurgeSettings settings, Guid? runId, Guid? startedByUserId, bool automatic,
        IProgress<PurgeProgress>? progress, CancellationToken cancellationToken, DateTimeOffset? onceSince = null) =>
        _book.RunAsync(
            new RmtPurgeBatches(settings),
            new PurgeStart(runId ?? Domain.Ids.New(), PurgeKind.Rmt, Approved: runId is not null, automatic, startedByUserId, JsonSerializer.Serialize(settings), onceSince),
            progress, cancellationToken);

    /// <summary>Closes, as interrupted and with a certificate, runs whose process died; nothing while a purge runs.</summary>
    public Task<int> CloseDeadRunsAsync(CancellationToken cancellationToken) => _book.CloseDeadRunsAsync(cancellationToken);

    internal static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, PurgeSettings settings, params NpgsqlParameter[] extra)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("today", settings.Today);
        command.Parameters.AddWithValue("end_date", settings.EndDate);
        command.Parameters.AddWithValue("grace", settings.WithdrawalGraceDays);
        command.Parameters.AddRange(extra);
        return command;
    }

    internal static async Task<long> CountAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, PurgeSettings settings, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, settings);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, PurgeSettings settings, CancellationToken cancellationToken, params NpgsqlParameter[] extra)
    {
        await using var command = Command(connection, transaction, sql, settings, extra);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
