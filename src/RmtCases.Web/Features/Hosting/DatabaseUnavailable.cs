using Npgsql;

namespace RmtCases.Web.Features.Hosting;

/// <summary>
/// Tells a database that is away (stopped, restarting, out of connections, pool wait timed out) from a fault in
/// the application. Only the first is "try again later": a constraint violation or a bad query stays a 500.
/// </summary>
public static class DatabaseUnavailable
{
    private const string NoSuitableHost = "No suitable host was found.";

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Class 08: connection exception; 53: insufficient resources (53300 too many connections);
                // 57P01-57P03: the server shuts down, crashed or is starting up.
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow;
                // Refused or broken sockets, connect and pool-wait timeouts: Npgsql marks these transient.
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
                // A multi-host connection string that reached only servers of the wrong kind: during a takeover, the
                // standby before its promotion. Npgsql throws it without an inner exception nor a flag; its text is
                // not translated.
                case NpgsqlException npgsql when npgsql.Message == NoSuitableHost:
                    return true;
            }
        }

        return false;
    }
}
