using System.Text;
using Npgsql;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>
/// Reads the audit trail for assertions, by the application's own action names (<c>AuditActions</c>,
/// <c>WageValueAuditActions</c>), so a renamed action fails here rather than leaving a string in a test that no
/// longer matches anything. Every filter given must hold (SQL AND, so a null column matches no filter); none
/// given means any. As the owner seeing all regions, as the raw queries it replaces.
/// </summary>
public sealed class AuditTrail(TestDatabase database)
{
    /// <summary>One row of audit_events, the columns tests read.</summary>
    public sealed record Row(
        string Action, string Outcome, Guid? UserId, Guid? ParticipantId, Guid? SubjectId, string? Categories, string? Fields, string? Purpose, string? ClientIp);

    /// <summary>How many rows of this action match every filter given.</summary>
    public async Task<long> CountAsync(
        string action, Guid? participant = null, Guid? subject = null, Guid? user = null, string? outcome = null,
        string? categories = null, string? fields = null, string? purpose = null, string? clientIp = null)
    {
        await using var connection = await OpenAsync();
        await using var command = Select("count(*)", connection, action, participant, subject, user, outcome, categories, fields, purpose, clientIp);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The rows of this action that match every filter given, in the order of the chain.</summary>
    public async Task<IReadOnlyList<Row>> RowsAsync(
        string action, Guid? participant = null, Guid? subject = null, Guid? user = null, string? outcome = null,
        string? categories = null, string? fields = null, string? purpose = null, string? clientIp = null)
    {
        await using var connection = await OpenAsync();
        await using var command = Select(
            "action, outcome, user_id, participant_id, subject_id, categories, fields, purpose, client_ip", connection,
            action, participant, subject, user, outcome, categories, fields, purpose, clientIp, inChainOrder: true);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(
                reader.GetString(0), reader.GetString(1), IdOrNull(reader, 2), IdOrNull(reader, 3), IdOrNull(reader, 4),
                TextOrNull(reader, 5), TextOrNull(reader, 6), TextOrNull(reader, 7), TextOrNull(reader, 8)));
        }

        return rows;
    }

    /// <summary>The first such row written; fails the test when there is none.</summary>
    public async Task<Row> FirstAsync(
        string action, Guid? participant = null, Guid? subject = null, Guid? user = null, string? outcome = null,
        string? categories = null, string? fields = null, string? purpose = null, string? clientIp = null)
    {
        var rows = await RowsAsync(action, participant, subject, user, outcome, categories, fields, purpose, clientIp);
        rows.Should().NotBeEmpty($"the audit trail should hold a {action} row matching the filters");
        return rows[0];
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(database.AllRegionsConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static NpgsqlCommand Select(
        string columns, NpgsqlConnection connection, string action, Guid? participant, Guid? subject, Guid? user, string? outcome,
        string? categories, string? fields, string? purpose, string? clientIp, bool inChainOrder = false)
    {
        var command = new NpgsqlCommand { Connection = connection };
        var sql = new StringBuilder($"SELECT {columns} FROM audit_events WHERE action = @action");
        command.Parameters.AddWithValue("action", action);
        void Filter(string column, object? value)
        {
            if (value is not null)
            {
                sql.Append($" AND {column} = @{column}");
                command.Parameters.AddWithValue(column, value);
            }
        }

        Filter("participant_id", participant);
        Filter("subject_id", subject);
        Filter("user_id", user);
        Filter("outcome", outcome);
        Filter("categories", categories);
        Filter("fields", fields);
        Filter("purpose", purpose);
        Filter("client_ip", clientIp);
        if (inChainOrder)
        {
            sql.Append(" ORDER BY chain_sequence");
        }

        command.CommandText = sql.ToString();
        return command;
    }

    private static Guid? IdOrNull(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    private static string? TextOrNull(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
