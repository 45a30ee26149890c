using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RmtCases.Web.Data;

/// <summary>
/// Sees the statements of a <see cref="QueryBatch"/> just before they are sent, as a command interceptor sees EF Core's
/// own: registered as an interceptor of the context. The benchmark's explain reads their plans, the tests count the
/// round trip.
/// </summary>
public interface IQueryBatchObserver : IInterceptor
{
    Task SendingAsync(IReadOnlyList<DbCommand> commands, CancellationToken cancellationToken);
}
