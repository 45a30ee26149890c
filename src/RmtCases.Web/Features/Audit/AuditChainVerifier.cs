using Npgsql;

namespace RmtCases.Web.Features.Audit;

/// <summary>
/// Walks the hash chain of the audit trail and names the first broken row: a row whose content no longer
/// matches its hash, or whose link to the previous row's hash is broken, or a gap in the sequence. Rows are
/// sealed into the chain by <see cref="AuditSealer"/> within a second; one still unsealed after
/// <see cref="UnsealedLimit"/> is a fault too (no instance seals, or a row is kept out of the chain).
/// </summary>
public sealed class AuditChainVerifier(IConfiguration configuration)
{
    public static readonly TimeSpan UnsealedLimit = TimeSpan.FromSeconds(5);

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var connectionString = configuration.GetConnectionString("Rmt")
            ?? throw new InvalidOperationException("ConnectionStrings:Rmt is not configured.");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // The database recomputes with the same canonical form its trigger used when the row was written.
        await using var command = new NpgsqlCommand("""
            SELECT id, chain_sequence, previous_hash, hash,
                   encode(sha256(convert_to(rmt_audit_canonical(a), 'UTF8')), 'hex')
            FROM audit_events a WHERE chain_sequence < rmt_audit_unsealed_from() ORDER BY chain_sequence
            """, connection);
        var sealedChain = await VerifySealedAsync(command, cancellationToken);
        if (!sealedChain.Intact)
        {
            return sealedChain;
        }

        await using var unsealed = new NpgsqlCommand("""
            SELECT id FROM audit_events
            WHERE chain_sequence >= rmt_audit_unsealed_from() AND occurred_at < clock_timestamp() - @limit
            ORDER BY chain_sequence LIMIT 1
            """, connection);
        unsealed.Parameters.AddWithValue("limit", UnsealedLimit);
        return await unsealed.ExecuteScalarAsync(cancellationToken) is long stuck
            ? new AuditVerification(false, sealedChain.RowsChecked, stuck, null, "Deze rij is na 5 seconden nog niet in de keten opgenomen.")
            : sealedChain;
    }

    private static async Task<AuditVerification> VerifySealedAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long rows = 0;
        long? expectedSequence = null;
        string? previousHash = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            var sequence = reader.GetInt64(1);
            var linked = reader.IsDBNull(2) ? null : reader.GetString(2);
            var hash = reader.IsDBNull(3) ? null : reader.GetString(3);
            var recomputed = reader.GetString(4);
            rows++;

            // The first row kept may follow rows removed by the audit trail's own retention: it anchors the chain.
            if (expectedSequence is not null && sequence != expectedSequence)
            {
                return new AuditVerification(false, rows, id, sequence, "Er ontbreekt een rij vóór deze rij.");
            }

            if (expectedSequence is not null && !string.Equals(linked, previousHash, StringComparison.Ordinal))
            {
                return new AuditVerification(false, rows, id, sequence, "De verwijzing naar de vorige rij klopt niet.");
            }

            if (!string.Equals(hash, recomputed, StringComparison.Ordinal))
            {
                return new AuditVerification(false, rows, id, sequence, "De inhoud van deze rij is gewijzigd.");
            }

            expectedSequence = sequence + 1;
            previousHash = hash;
        }

        return new AuditVerification(true, rows, null, null, null);
    }
}
