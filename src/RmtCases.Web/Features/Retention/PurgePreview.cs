namespace RmtCases.Web.Features.Retention;

/// <summary>What a purge would erase: rows per table, and the settlement rows it would write.</summary>
public sealed record PurgePreview(PurgeSettings Settings, IReadOnlyDictionary<string, long> Rows, IReadOnlyList<SettlementLine> Settlements)
{
    public long Participants => Rows.GetValueOrDefault(PurgeEngine.ParticipantsTable);
}
