using Npgsql;
using RmtCases.Domain.Retention;

namespace RmtCases.Web.Features.Retention;

/// <summary>One kind of purge as <see cref="PurgeRunBook"/> drives it: what is due, and how one batch of it goes.</summary>
public interface IPurgeBatches
{
    PurgeKind Kind { get; }

    /// <summary>The tables the run counts, all starting at zero.</summary>
    IReadOnlyList<string> Tables { get; }

    /// <summary>Called once the lock is held, before the first batch (e.g. to read the due list).</summary>
    Task BeginAsync(NpgsqlConnection connection, CancellationToken cancellationToken);

    /// <summary>Erases the next batch inside <paramref name="transaction"/>; null when nothing is left.</summary>
    Task<PurgeBatch?> EraseNextAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid runId, CancellationToken cancellationToken);

    /// <summary>Called after the last batch, also after a failure.</summary>
    Task EndAsync(NpgsqlConnection connection);
}
