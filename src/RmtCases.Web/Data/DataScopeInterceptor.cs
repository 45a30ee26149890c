using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace RmtCases.Web.Data;

/// <summary>
/// Sets the row-level-security keys on every connection EF opens, all of them every time, so whatever a
/// pooled connection carried before is overwritten. Npgsql also resets session state when a connection goes
/// back to the pool (DISCARD ALL, or RESET ALL when it keeps prepared statements; tested).
/// </summary>
public sealed class DataScopeInterceptor(DataScope scope) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
        scope.Applied = true;
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        scope.Applied = true;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => scope.Applied = false;

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        scope.Applied = false;
        return Task.CompletedTask;
    }

    private NpgsqlCommand CreateCommand(DbConnection connection)
    {
        var command = new NpgsqlCommand(
            // jit off in the same round trip: these are short statements, and the row-level-security predicates
            // make the planner's cost high enough to compile, which then takes longer than running them.
            "SELECT set_config('rmt.region_id', @region, false), set_config('rmt.all_regions', @all, false), "
            + "set_config('rmt.sees_banenafspraak', @g, false), set_config('jit', 'off', false)",
            (NpgsqlConnection)connection);
        command.Parameters.AddWithValue("region", scope.RegionId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        command.Parameters.AddWithValue("all", scope.AllRegions ? "on" : "off");
        command.Parameters.AddWithValue("g", scope.SeesBanenafspraakDerived ? "on" : "off");
        return command;
    }
}
