using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Home;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;
using RmtCases.Web.Features.Retention;

namespace RmtCases.Bench;

/// <summary>
/// The home page's queries (Mijn deelnemers, Werkvoorraad, Acties, the Signalen counts, Recent), run through the
/// application's own code as the gemeente caseworker the http bench drives, each command explained (ANALYZE,
/// BUFFERS) just before EF Core runs it: the SQL is the application's, not a copy that could drift from it.
/// </summary>
internal static partial class HomeExplain
{
    private const string Email = "gemeente@ga.demo";

    // A child table counts as large from this many rows (the planner's estimate): a sequential scan of an empty
    // table is what the planner should do, one of a filled table on the home page is not.
    private const double LargeTable = 10_000;

    // Per-participant tables and the trail: scanning one of them is scanning the register.
    private static readonly string[] _watched =
    [
        "participants", "audit_events", "case_assignments", "plan_actions", "route_phase_changes", "case_involvements",
        "service_deliveries", "export_records", "education_entries", "work_history_entries", "mediation_activities",
        "banenafspraak_indications",
    ];

    /// <summary>Prints each plan; returns the tables read by a sequential scan that must not be.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(string appConnection, CancellationToken cancellationToken = default)
    {
        var large = await LargeTablesAsync(appConnection, cancellationToken);
        var actor = await ActorAsync(appConnection, cancellationToken);
        var explainer = new Explainer(large);
        var options = new DbContextOptionsBuilder<RmtDbContext>()
            .UseNpgsql(appConnection)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(explainer)
            .Options;
        await using var db = new RmtDbContext(options);
        var policy = new AccessPolicy();
        var http = new HttpContextAccessor();
        var time = TimeProvider.System;
        var files = new CaseFiles(
            db, new CurrentActor(http, db, Options.Create(new ConfidentialityOptions()), new SessionCache(time), policy), new Admission(), policy,
            new AuditLog(db, http), time, Options.Create(new RetentionOptions()));

        // In the order the home page asks them (Pages/Index.cshtml.cs).
        await explainer.ForAsync("Recent", () => CaseworkerHome.RecentAsync(db, files, actor, cancellationToken));
        await explainer.ForAsync("Signalen: erasures due", () => CaseworkerHome.ErasuresDueAsync(files, actor, 7, cancellationToken));
        await explainer.ForAsync("Signalen: recipients to inform", () => CaseworkerHome.RecipientsToInformAsync(db, files, actor, cancellationToken));
        await explainer.ForAsync("Signalen: end of employment passed early", () => CaseworkToday.EmploymentEndedEarlyAsync(files, actor, cancellationToken));
        await explainer.ForAsync("Signalen: services ended", () => CaseworkToday.ServiceEndedAsync(files, actor, cancellationToken));
        await explainer.ForAsync("Mijn deelnemers", () => CaseworkToday.MineAsync(db, files, actor, cancellationToken));
        await explainer.ForAsync("Werkvoorraad", () => CaseworkToday.WorkQueueAsync(db, files, actor, cancellationToken));
        await explainer.ForAsync("Acties", () => CaseworkToday.ActionsAsync(db, files, actor, cancellationToken));
        return explainer.Scanned;
    }

    private static async Task<HashSet<string>> LargeTablesAsync(string appConnection, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(appConnection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND relname = ANY(@watched) AND (relname = 'participants' OR reltuples >= @large)", connection);
        command.Parameters.AddWithValue("watched", _watched);
        command.Parameters.AddWithValue("large", LargeTable);
        var tables = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<Actor> ActorAsync(string appConnection, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(appConnection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT u.id, o.id, o.region_id FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.normalized_email = upper(@email)", connection);
        command.Parameters.AddWithValue("email", Email);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"{Email} is not in the database: run the application once against it (scripts/bench does).");
        }

        return new Actor(reader.GetGuid(0), reader.GetGuid(1), OrganisationType.Municipality, reader.GetInt32(2), Role.Caseworker, DeclarationAccepted: true);
    }

    [GeneratedRegex(@"Seq Scan on (\w+)")]
    private static partial Regex SequentialScan();

    /// <summary>Explains every query EF Core is about to run, on the same connection with the same parameters.</summary>
    private sealed class Explainer(HashSet<string> large) : DbCommandInterceptor
    {
        private readonly List<string> _scanned = [];
        private string _section = "";

        public IReadOnlyList<string> Scanned => _scanned;

        public async Task ForAsync<T>(string section, Func<Task<T>> run)
        {
            _section = section;
            Console.WriteLine($"explain: home page, {section}");
            await run();
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await using (var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + command.CommandText, (NpgsqlConnection)command.Connection!, (NpgsqlTransaction?)command.Transaction))
            {
                foreach (NpgsqlParameter parameter in command.Parameters)
                {
                    explain.Parameters.Add(parameter.Clone());
                }

                await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var line = reader.GetString(0);
                    Console.WriteLine("  " + line);
                    if (SequentialScan().Match(line) is { Success: true } scan && large.Contains(scan.Groups[1].Value))
                    {
                        _scanned.Add($"{_section}: {scan.Groups[1].Value}");
                    }
                }
            }

            return result;
        }
    }
}
