using System.Data.Common;
using System.Globalization;
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
using RmtCases.Web.Pages;

namespace RmtCases.Bench;

/// <summary>
/// The home page's queries (Mijn deelnemers, Werkvoorraad, Acties, the Signalen counts, Recent), run through the
/// application's own code as the gemeente caseworker the http bench drives, each statement explained (ANALYZE,
/// BUFFERS) just before it is sent, alone or in a batch (<see cref="IQueryBatchObserver"/>): the SQL is the
/// application's, not a copy that could drift from it. Each round trip ends with its statements, shared buffers and
/// execution time, and the page with their sum.
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

    // Runs of the page for the plan cache: Npgsql prepares a statement at its second use, PostgreSQL plans the first
    // five executions of a prepared statement for their parameters and then settles on a generic plan if it costs no
    // more. Of the later runs the time per page is measured.
    private const int PlanCacheRuns = 12;

    private const int TimedRuns = 20;

    /// <summary>
    /// Prints each plan; then runs the page as the application does (prepared statements) and prints the statements
    /// that PostgreSQL still plans on every execution and the time per page. Returns the tables read by a sequential
    /// scan that must not be.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RunAsync(string appConnection, CancellationToken cancellationToken = default)
    {
        var large = await LargeTablesAsync(appConnection, cancellationToken);
        var actor = await ActorAsync(appConnection, cancellationToken);
        var explainer = new Explainer(large);
        await using (var db = Context(appConnection, explainer))
        {
            await Page(db, actor, cancellationToken)();
            explainer.PrintTotal();
        }

        await PlanCacheAsync(DataRegistration.WithRuntimeDefaults(appConnection), actor, cancellationToken);
        return explainer.Scanned;
    }

    private static RmtDbContext Context(string connectionString, IInterceptor? interceptor)
    {
        // The home page's capped reads need the interceptor that the application registers on every context.
        var options = new DbContextOptionsBuilder<RmtDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention()
            .AddInterceptors(RmtCases.Web.Features.Home.ConstantLimits.Interceptor);
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }

        return new RmtDbContext(options.Options);
    }

    /// <summary>The home page's reads as it asks them (Pages/Index.cshtml.cs), for a caseworker who holds cases.</summary>
    private static Func<Task> Page(RmtDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var http = new HttpContextAccessor();
        var time = TimeProvider.System;
        var policy = new AccessPolicy();
        var files = new CaseFiles(
            db, new CurrentActor(http, db, Options.Create(new ConfidentialityOptions()), new SessionCache(time), policy), new Admission(), policy,
            new AuditLog(db, http), time, Options.Create(new RetentionOptions()));
        return () => HomeSections.LoadAsync(
            db, files, actor, HomeSections.Sections.CaseFiles | HomeSections.Sections.HeldCases, IndexModel.ErasureWindowDays, cancellationToken);
    }

    /// <summary>
    /// The page's reads on one connection with the application's prepared statements, then which of them
    /// PostgreSQL never ran with a generic plan: those are planned again on every request (0.5–1 ms each through the
    /// row-level-security policies).
    /// </summary>
    private static async Task PlanCacheAsync(string connectionString, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = Context(connectionString, null);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var page = Page(db, actor, cancellationToken);
        var clock = new System.Diagnostics.Stopwatch();
        for (var run = 0; run < PlanCacheRuns + TimedRuns; run++)
        {
            if (run == PlanCacheRuns)
            {
                clock.Start();
            }

            await page();
        }

        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"explain: home page, prepared as the application runs it: {clock.Elapsed.TotalMilliseconds / TimedRuns:0.00} ms per page, one client (PostgreSQL and EF Core together)"));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(
            "SELECT generic_plans, custom_plans, statement FROM pg_prepared_statements ORDER BY generic_plans = 0 DESC, statement", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var statement = Whitespace().Replace(reader.GetString(2), " ");
            Console.WriteLine($"explain: home page, {(reader.GetInt64(0) == 0 ? "PLANNED ON EVERY EXECUTION" : "generic plan")} " +
                $"(generic {reader.GetInt64(0)}, custom {reader.GetInt64(1)}): {statement[..Math.Min(statement.Length, 160)]}");
        }
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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Seq Scan on (\w+)")]
    private static partial Regex SequentialScan();

    // The top node's buffers come first in the plan, and include its children's.
    [GeneratedRegex(@"^\s*Buffers: shared( hit=(\d+))?( read=(\d+))?")]
    private static partial Regex Buffers();

    [GeneratedRegex(@"^Execution Time: ([\d.]+) ms")]
    private static partial Regex ExecutionTime();

    /// <summary>Explains every query EF Core is about to run, on the same connection with the same parameters.</summary>
    private sealed class Explainer(HashSet<string> large) : DbCommandInterceptor, IQueryBatchObserver
    {
        private readonly List<string> _scanned = [];
        private string _section = "";
        private (int Statements, long Buffers, double Milliseconds) _sectionCost;
        private (int Statements, long Buffers, double Milliseconds) _pageCost;

        public IReadOnlyList<string> Scanned => _scanned;

        private int _roundTrips;

        public void PrintTotal()
        {
            EndRoundTrip();
            Console.WriteLine($"explain: home page, all {_roundTrips} round trips: {Describe(_pageCost)}");
        }

        private void BeginRoundTrip(string what)
        {
            EndRoundTrip();
            _roundTrips++;
            _section = $"round trip {_roundTrips} ({what})";
            Console.WriteLine($"explain: home page, {_section}");
        }

        private void EndRoundTrip()
        {
            if (_roundTrips > 0)
            {
                Console.WriteLine($"explain: home page, {_section}: {Describe(_sectionCost)}");
                _pageCost = (_pageCost.Statements + _sectionCost.Statements, _pageCost.Buffers + _sectionCost.Buffers, _pageCost.Milliseconds + _sectionCost.Milliseconds);
                _sectionCost = default;
            }
        }

        public async Task SendingAsync(IReadOnlyList<DbCommand> commands, CancellationToken cancellationToken)
        {
            BeginRoundTrip($"a batch of {commands.Count}");
            foreach (var command in commands)
            {
                await ExplainAsync(command, cancellationToken);
            }
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            BeginRoundTrip("one query");
            await ExplainAsync(command, cancellationToken);
            return result;
        }

        private static string Describe((int Statements, long Buffers, double Milliseconds) cost) =>
            string.Create(CultureInfo.InvariantCulture, $"{cost.Statements} statements, {cost.Buffers} shared buffers, {cost.Milliseconds:0.00} ms executing");

        private async Task ExplainAsync(DbCommand command, CancellationToken cancellationToken)
        {
            await using (var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + command.CommandText, (NpgsqlConnection)command.Connection!, (NpgsqlTransaction?)command.Transaction))
            {
                foreach (NpgsqlParameter parameter in command.Parameters)
                {
                    explain.Parameters.Add(parameter.Clone());
                }

                await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
                Console.WriteLine("  " + command.CommandText.ReplaceLineEndings("\n  "));
                var topBuffers = true;
                _sectionCost.Statements++;
                while (await reader.ReadAsync(cancellationToken))
                {
                    var line = reader.GetString(0);
                    Console.WriteLine("  " + line);
                    if (topBuffers && Buffers().Match(line) is { Success: true } buffers)
                    {
                        topBuffers = false;
                        _sectionCost.Buffers += Count(buffers.Groups[2]) + Count(buffers.Groups[4]);
                    }

                    if (ExecutionTime().Match(line) is { Success: true } time)
                    {
                        _sectionCost.Milliseconds += double.Parse(time.Groups[1].Value, CultureInfo.InvariantCulture);
                    }

                    if (SequentialScan().Match(line) is { Success: true } scan && large.Contains(scan.Groups[1].Value))
                    {
                        _scanned.Add($"{_section}: {scan.Groups[1].Value}");
                    }
                }
            }
        }

        private static long Count(Group group) => group.Success ? long.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
    }
}
