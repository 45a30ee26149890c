using System.Text.Json;
using Npgsql;

namespace RmtCases.Web.Features.Retention;

/// <summary>
/// Issues the destruction certificate (vernietigingsverklaring) of a closed RMT run, always from its record:
/// the counts and recipients its committed batches wrote, so a completed run, a cancelled one and one whose
/// process died are certified the same way.
/// </summary>
public static class DestructionCertificates
{
    public static async Task<Guid> IssueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ClosedRun run, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        var rows = run.Tally.Rows;
        var recipients = run.Tally.Recipients;
        var names = new Dictionary<Guid, string>();
        if (recipients.Count > 0)
        {
            await using var lookup = new NpgsqlCommand("SELECT id, name FROM organisations WHERE id = ANY(@ids)", connection, transaction);
            lookup.Parameters.AddWithValue("ids", recipients.Keys.ToArray());
            await using var reader = await lookup.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names[reader.GetGuid(0)] = reader.GetString(1);
            }
        }

        var content = new DestructionCertificateContent(
            run.Id, run.Status.ToString(), run.StartedAt, run.FinishedAt, run.Automatic, run.StartedByUserId,
            JsonSerializer.Deserialize<PurgeSettings>(run.Settings)!,
            new Dictionary<string, long>
            {
                ["a"] = rows.GetValueOrDefault(PurgeEngine.ParticipantsTable),
                ["b"] = rows.GetValueOrDefault("education_entries"),
                ["c"] = rows.GetValueOrDefault("work_history_entries"),
                ["d"] = rows.GetValueOrDefault("current_situation"),
                ["e"] = rows.GetValueOrDefault("mediation_activities"),
                ["f"] = rows.GetValueOrDefault("service_deliveries"),
                ["g"] = rows.GetValueOrDefault("banenafspraak_indications"),
            },
            rows,
            recipients.Select(r => new RecipientNotice(r.Key, names.GetValueOrDefault(r.Key, "?"), r.Value)).OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
            run.Tally.Batches,
            run.InterruptionFoundAt);
        var id = Domain.Ids.New();
        await using var insert = new NpgsqlCommand(
            "INSERT INTO destruction_certificates (id, purge_run_id, issued_at, content) VALUES (@id, @run, @issued, @content::jsonb)", connection, transaction);
        insert.Parameters.AddWithValue("id", id);
        insert.Parameters.AddWithValue("run", run.Id);
        insert.Parameters.AddWithValue("issued", issuedAt);
        insert.Parameters.AddWithValue("content", JsonSerializer.Serialize(content));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }
}
