namespace RmtCases.Web.Features.Retention;

/// <summary>
/// What a run has erased so far. The run record holds it, rewritten in every batch's own transaction, so the
/// evidence of a run is exactly its committed batches, whatever happens to its process.
/// </summary>
public sealed record PurgeTally(IReadOnlyDictionary<string, long> Rows, IReadOnlyDictionary<Guid, long> Recipients, int Batches)
{
    public static PurgeTally Empty(IEnumerable<string> tables) => new(tables.ToDictionary(t => t, _ => 0L), new Dictionary<Guid, long>(), 0);

    public PurgeTally Plus(PurgeBatch batch)
    {
        var rows = Rows.ToDictionary();
        foreach (var (table, count) in batch.Rows)
        {
            rows[table] = rows.GetValueOrDefault(table) + count;
        }

        var recipients = Recipients.ToDictionary();
        foreach (var (organisation, count) in batch.Recipients)
        {
            recipients[organisation] = recipients.GetValueOrDefault(organisation) + count;
        }

        return new PurgeTally(rows, recipients, Batches + 1);
    }
}
