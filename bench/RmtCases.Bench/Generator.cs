using System.Diagnostics;
using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;
using RmtCases.Domain;

namespace RmtCases.Bench;

/// <summary>
/// `generate --participants N`: a national data set over the 35 labour-market regions by binary COPY, as the
/// schema owner. Participants go in chunks on one connection; each committed chunk's child rows follow on
/// other connections, so the server works on both at once.
/// </summary>
internal static class Generator
{
    public const int Regions = 35;
    private const int ChunkSize = 20_000;

    // Every table the generator fills. COPY FROM is refused while row-level security applies to the session,
    // and FORCE makes it apply to the owner; rmt_web stays bound either way (it owns nothing).
    private static readonly string[] _tables =
    [
        "participants", "education_entries", "work_history_entries", "mediation_activities",
        "service_deliveries", "case_involvements", "banenafspraak_indications",
    ];

    private static readonly string[] _givenNames =
    [
        "Jan", "Piet", "Kees", "Sanne", "Lotte", "Emma", "Daan", "Sem", "Fleur", "Noor", "Mohamed", "Fatima", "Ayşe",
        "Mehmet", "Anouk", "Bram", "Ruben", "Iris", "Thijs", "Julia", "Sophie", "Lars", "Eva", "Niels", "Marieke",
        "Hendrik", "Willemijn", "Youssef", "Zeynep", "Chloë", "Joëlle", "René", "Gerrit", "Ingrid", "Wouter", "Esmée",
    ];

    private static readonly string[] _infixes = ["van", "de", "van der", "van den", "ter", "den", "van de"];

    private static readonly string[] _surnames =
    [
        "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
        "Brouwer", "Dijkstra", "Vermeulen", "Kok", "Jacobs", "Willems", "Hoekstra", "Koster", "Prins", "Huisman",
        "Öztürk", "Çelik", "Müller", "Yılmaz", "Şahin", "Doğan", "Kılıç", "Aydın", "Schröder", "Gößling", "Noël",
        "Hoogendoorn", "Verhoeven", "Groen", "Berg", "Dijk", "Wal", "Leeuwen", "Linden", "Heuvel", "Veen", "Bosch",
        "El Amrani", "Bouzid", "Haddou", "Nguyễn", "Kowalski", "Wiśniewski", "Lewandowski", "Ramírez", "Peña",
    ];

    private static readonly string[] _streets =
    [
        "Dorpsstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beatrixstraat",
        "Wilhelminastraat", "Eikenlaan", "Industrieweg", "Marktplein", "Havenstraat", "Nieuwstraat", "Parallelweg",
    ];

    private static readonly string[] _cities =
    [
        "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda",
        "Nijmegen", "Apeldoorn", "Haarlem", "Enschede", "Arnhem", "Zaanstad", "Maastricht", "Leeuwarden", "Zwolle",
    ];

    private static readonly string[] _employers =
    [
        "Albert Heijn", "PostNL", "KLM", "Schiphol Group", "Hema", "NS", "Randstad", "Jumbo", "Philips",
        "Gemeente Utrecht", "Bouwbedrijf De Vries", "Zorggroep Noord", "Transport Van Dam", "Horeca Het Anker",
    ];

    private static readonly string[] _jobs =
    [
        "Orderpicker", "Chauffeur", "Verkoopmedewerker", "Administratief medewerker", "Stewardess", "Kok",
        "Schoonmaker", "Bagage-afhandelaar", "Monteur", "Zorgassistent", "Klantenservicemedewerker", "Beveiliger",
    ];

    private static readonly string[] _programmes =
    [
        "Logistiek medewerker", "Verzorgende IG", "Detailhandel", "Horeca-assistent", "Bedrijfsadministratie",
        "Installatietechniek", "Pedagogisch medewerker", "Economie", "Rechten", "Bouwkunde", "Techniek",
    ];

    private static readonly string[] _institutions = ["ROC van Amsterdam", "ROC Midden Nederland", "Hogeschool Utrecht", "Summa College", "Universiteit Leiden", null!];

    // Time spent in each table's COPY, summed over connections.
    private static readonly long[] _ticks = new long[_tables.Length];

    public sealed record Organisations(Guid[] Municipality, Guid[] Uwv, Guid[] Provider);

    private sealed record Chunk(int Index, Guid[] Ids, int[] Regions, DateOnly[] Registered);

    public static async Task<int> RunAsync(Args args)
    {
        var owner = args.Require("owner", "RMT_BENCH_OWNER");
        var participants = args.Int("participants", 1_000_000);
        var jobs = args.Int("jobs", 2);
        var elapsed = await GenerateAsync(owner, participants, jobs, CancellationToken.None);
        Console.WriteLine($"generate: {participants:N0} participants in {elapsed.TotalSeconds:F1} s");
        return 0;
    }

    public static async Task<TimeSpan> GenerateAsync(string owner, int participants, int childJobs, CancellationToken cancellationToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(owner) { Options = "-c rmt.all_regions=on", CommandTimeout = 0 }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var clock = Stopwatch.StartNew();
        var organisations = await CreateOrganisationsAsync(dataSource, cancellationToken);
        var indexes = await DropSecondaryIndexesAsync(dataSource, cancellationToken);
        await SetForceAsync(dataSource, force: false, cancellationToken);
        await SetWorkQueueTriggersAsync(dataSource, enabled: false, cancellationToken);
        try
        {
            var rows = new long[_tables.Length];
            var chunks = Channel.CreateBounded<Chunk>(4);
            var consumers = Enumerable.Range(0, Math.Max(1, childJobs))
                .Select(_ => Task.Run(() => CopyChildrenAsync(dataSource, chunks.Reader, organisations, rows, cancellationToken), cancellationToken))
                .ToArray();
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                for (var start = 0; start < participants; start += ChunkSize)
                {
                    var chunk = await CopyParticipantsAsync(connection, start / ChunkSize, Math.Min(ChunkSize, participants - start), organisations, cancellationToken);
                    Interlocked.Add(ref rows[0], chunk.Ids.Length);
                    await chunks.Writer.WriteAsync(chunk, cancellationToken);
                }
            }
            finally
            {
                chunks.Writer.Complete();
            }

            await Task.WhenAll(consumers);
            var loaded = clock.Elapsed;
            Console.WriteLine($"generate: COPY done in {loaded.TotalSeconds:F1} s: " + string.Join(", ", _tables.Select((t, i) => $"{t} {rows[i]:N0} ({Stopwatch.GetElapsedTime(0, _ticks[i]).TotalSeconds:F1} s)")));
            Array.Clear(_ticks);
        }
        finally
        {
            await SetForceAsync(dataSource, force: true, CancellationToken.None);
            await SetWorkQueueTriggersAsync(dataSource, enabled: true, CancellationToken.None);
            await CreateIndexesAsync(dataSource, indexes);
            Console.WriteLine($"generate: {indexes.Count} secondary indexes built at {clock.Elapsed.TotalSeconds:F1} s");
        }

        await using (var fill = dataSource.CreateCommand("SELECT rmt_work_queue_fill()"))
        {
            fill.CommandTimeout = 0;
            var queued = (long)(await fill.ExecuteScalarAsync(cancellationToken))!;
            Console.WriteLine($"generate: work queue filled with {queued:N0} rows at {clock.Elapsed.TotalSeconds:F1} s");
        }

        // The planner needs statistics before anyone measures a query on the new data, and index-only scans need the
        // visibility map that autovacuum keeps in a running system: without it the figures' counts read the heap for
        // every index entry (the outflow count 55 ms instead of 7).
        await using (var analyze = dataSource.CreateCommand("VACUUM (ANALYZE)"))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        Console.WriteLine($"generate: VACUUM (ANALYZE) done at {clock.Elapsed.TotalSeconds:F1} s");
        return clock.Elapsed;
    }

    /// <summary>
    /// Secondary indexes are built once after the load instead of maintained row by row during it (PostgreSQL's
    /// advice for bulk loads: "Remove Indexes"). Primary keys, unique indexes and foreign keys stay in place.
    /// </summary>
    private static async Task<List<string>> DropSecondaryIndexesAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var query = dataSource.CreateCommand("""
            SELECT c.relname, pg_get_indexdef(x.indexrelid)
            FROM pg_index x
            JOIN pg_class c ON c.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            WHERE t.relname = ANY (@tables) AND NOT x.indisunique AND NOT x.indisprimary
            """))
        {
            query.Parameters.AddWithValue("tables", _tables);
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        if (definitions.Count > 0)
        {
            await using var drop = dataSource.CreateCommand(string.Join(";", definitions.Select(d => $"DROP INDEX \"{d.Name}\"")));
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return definitions.Select(d => d.Definition).ToList();
    }

    /// <summary>Builds the indexes on two connections at once: the machine has two cores.</summary>
    private static async Task CreateIndexesAsync(NpgsqlDataSource dataSource, List<string> definitions)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(definitions);
        await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using (var memory = new NpgsqlCommand("SET maintenance_work_mem = '512MB'", connection))
            {
                await memory.ExecuteNonQueryAsync();
            }

            while (queue.TryDequeue(out var definition))
            {
                await using var create = new NpgsqlCommand(definition, connection);
                await create.ExecuteNonQueryAsync();
            }
        }));
    }

    /// <summary>
    /// The work queue's triggers recompute a participant's rows for every row copied (two million times at 1M); off
    /// during the load, the queue is filled in one statement after it (<c>rmt_work_queue_fill</c>, as the migration does).
    /// </summary>
    private static async Task SetWorkQueueTriggersAsync(NpgsqlDataSource dataSource, bool enabled, CancellationToken cancellationToken)
    {
        var action = enabled ? "ENABLE" : "DISABLE";
        await using var command = dataSource.CreateCommand(
            $"ALTER TABLE participants {action} TRIGGER participants_work_queue; ALTER TABLE case_involvements {action} TRIGGER case_involvements_work_queue");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task SetForceAsync(NpgsqlDataSource dataSource, bool force, CancellationToken cancellationToken)
    {
        var sql = string.Join(";", _tables.Select(t => $"ALTER TABLE {t} {(force ? "" : "NO ")}FORCE ROW LEVEL SECURITY"));
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Per region a municipality, a UWV office and an external provider (the provider of service deliveries).</summary>
    private static async Task<Organisations> CreateOrganisationsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var municipality = new Guid[Regions + 1];
        var uwv = new Guid[Regions + 1];
        var provider = new Guid[Regions + 1];
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        for (var region = 1; region <= Regions; region++)
        {
            foreach (var (ids, type, name) in new[]
            {
                (municipality, 1, $"Gemeente (benchmark) regio {region}"),
                (uwv, 2, $"UWV (benchmark) regio {region}"),
                (provider, 5, $"Re-integratiebureau Werkkracht (benchmark) regio {region}"),
            })
            {
                // Kept from an earlier run when they exist, so the generator can run again after a purge.
                var command = new NpgsqlBatchCommand("""
                    INSERT INTO organisations (id, name, type, region_id) VALUES ($1, $2, $3, $4)
                    ON CONFLICT (region_id, name) DO UPDATE SET type = excluded.type RETURNING id
                    """);
                command.Parameters.Add(new NpgsqlParameter { Value = Ids.New() });
                command.Parameters.Add(new NpgsqlParameter { Value = name });
                command.Parameters.Add(new NpgsqlParameter { Value = type });
                command.Parameters.Add(new NpgsqlParameter { Value = region });
                batch.BatchCommands.Add(command);
            }
        }

        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            for (var region = 1; region <= Regions; region++)
            {
                foreach (var ids in new[] { municipality, uwv, provider })
                {
                    await reader.ReadAsync(cancellationToken);
                    ids[region] = reader.GetGuid(0);
                    await reader.NextResultAsync(cancellationToken);
                }
            }
        }

        return new Organisations(municipality, uwv, provider);
    }

    private static async Task<Chunk> CopyParticipantsAsync(NpgsqlConnection connection, int index, int count, Organisations organisations, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var random = new Random(index * 7919 + 1);
        var chunk = new Chunk(index, new Guid[count], new int[count], new DateOnly[count]);
        var recordedBy = Ids.New();
        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY participants (id, region_id, status, registered_at, registered_by_organisation_id, person_given_names, person_infix,
                person_surname, person_date_of_birth, person_street, person_house_number, person_postcode, person_city, person_phone,
                person_email, participation_agreed_on, informed_by, participation_recorded_by_user_id, withdrawn_on, withdrawal_reason,
                current_situation_status, current_situation_employer, current_situation_job_title, current_situation_hours_per_week,
                current_situation_expected_end_of_employment) FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                var id = Ids.New();
                var region = random.Next(1, Regions + 1);
                var registered = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 700));
                chunk.Ids[i] = id;
                chunk.Regions[i] = region;
                chunk.Registered[i] = registered;
                var withdrawn = random.Next(10) == 0;
                var given = Pick(random, _givenNames);
                var surname = Pick(random, _surnames);

                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(region, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(withdrawn ? 2 : 1, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(new DateTimeOffset(registered.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(random.Next(600)), NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(random.Next(2) == 0 ? organisations.Municipality[region] : organisations.Uwv[region], NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(given, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, random.Next(4) == 0 ? Pick(random, _infixes) : null, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(random.Next(5) == 0 ? $"{surname}-{Pick(random, _surnames)}" : surname, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(new DateOnly(1960, 1, 1).AddDays(random.Next(0, 16000)), NpgsqlDbType.Date, cancellationToken);
                await writer.WriteAsync(Pick(random, _streets), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(random.Next(1, 250).ToString(System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync($"{random.Next(1000, 10000)} {(char)('A' + random.Next(0, 18))}{(char)('A' + random.Next(0, 26))}", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(Pick(random, _cities), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync($"06{random.Next(10_000_000, 100_000_000)}", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync($"deelnemer{index}.{i}@example.nl", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(registered, NpgsqlDbType.Date, cancellationToken);
                await writer.WriteAsync(random.Next(1, 5), NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(recordedBy, NpgsqlDbType.Uuid, cancellationToken);
                if (withdrawn)
                {
                    await writer.WriteAsync(registered.AddDays(random.Next(30, 500)), NpgsqlDbType.Date, cancellationToken);
                    await writer.WriteAsync(random.Next(1, 6), NpgsqlDbType.Integer, cancellationToken);
                }
                else
                {
                    await writer.WriteNullAsync(cancellationToken);
                    await writer.WriteNullAsync(cancellationToken);
                }

                if (random.Next(2) == 0)
                {
                    await writer.WriteAsync(random.Next(1, 6), NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(Pick(random, _employers), NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(Pick(random, _jobs), NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync((decimal)random.Next(8, 41), NpgsqlDbType.Numeric, cancellationToken);
                    await writer.WriteAsync(registered.AddDays(random.Next(60, 400)), NpgsqlDbType.Date, cancellationToken);
                }
                else
                {
                    for (var n = 0; n < 5; n++)
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        Interlocked.Add(ref _ticks[0], Stopwatch.GetTimestamp() - started);
        return chunk;
    }

    private static async Task CopyChildrenAsync(NpgsqlDataSource dataSource, ChannelReader<Chunk> chunks, Organisations organisations, long[] rows, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await foreach (var chunk in chunks.ReadAllAsync(cancellationToken))
        {
            var random = new Random(chunk.Index * 104_729 + 3);
            Interlocked.Add(ref rows[1], await CopyAsync(connection, "education_entries (id, participant_id, level, programme, institution, start_year, end_year, diploma_obtained)", chunk, 2, async (w, i, _) =>
            {
                var start = random.Next(1980, 2020);
                await w.WriteAsync(Ids.New(), NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(chunk.Ids[i], NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(random.Next(1, 11), NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(Pick(random, _programmes), NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(w, Pick(random, _institutions), NpgsqlDbType.Varchar, cancellationToken);
                await w.WriteAsync(start, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(start + random.Next(1, 5), NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(random.Next(3) != 0, NpgsqlDbType.Boolean, cancellationToken);
            }, cancellationToken));
            Interlocked.Add(ref rows[2], await CopyAsync(connection, "work_history_entries (id, participant_id, employer, job_title, start_date, end_date, hours_per_week)", chunk, 2, async (w, i, n) =>
            {
                var start = new DateOnly(2005, 1, 1).AddDays(random.Next(0, 5000));
                await w.WriteAsync(Ids.New(), NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(chunk.Ids[i], NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(Pick(random, _employers), NpgsqlDbType.Varchar, cancellationToken);
                await w.WriteAsync(Pick(random, _jobs), NpgsqlDbType.Varchar, cancellationToken);
                await w.WriteAsync(start, NpgsqlDbType.Date, cancellationToken);
                await w.WriteAsync(start.AddDays(random.Next(90, 2000)), NpgsqlDbType.Date, cancellationToken);
                await w.WriteAsync((decimal)random.Next(8, 41), NpgsqlDbType.Numeric, cancellationToken);
            }, cancellationToken));
            Interlocked.Add(ref rows[3], await CopyAsync(connection, "mediation_activities (id, participant_id, kind, date, vacancy, outcome, organisation_id)", chunk, 3, async (w, i, n) =>
            {
                await w.WriteAsync(Ids.New(), NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(chunk.Ids[i], NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(n + 1, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(chunk.Registered[i].AddDays(7 + n * 21 + random.Next(14)), NpgsqlDbType.Date, cancellationToken);
                await WriteNullableAsync(w, n == 0 ? null : $"{Pick(random, _jobs)} bij {Pick(random, _employers)}", NpgsqlDbType.Varchar, cancellationToken);
                await w.WriteAsync(random.Next(1, 5), NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(organisations.Uwv[chunk.Regions[i]], NpgsqlDbType.Uuid, cancellationToken);
            }, cancellationToken));
            Interlocked.Add(ref rows[4], await CopyAsync(connection, "service_deliveries (id, participant_id, service_type, provider_organisation_id, start_date, end_date, cost)", chunk, 2, async (w, i, n) =>
            {
                var start = chunk.Registered[i].AddDays(14 + n * 60 + random.Next(30));
                await w.WriteAsync(Ids.New(), NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(chunk.Ids[i], NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(random.Next(1, 4), NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(organisations.Provider[chunk.Regions[i]], NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(start, NpgsqlDbType.Date, cancellationToken);
                await w.WriteAsync(start.AddDays(random.Next(30, 180)), NpgsqlDbType.Date, cancellationToken);
                await w.WriteAsync(random.Next(25_000, 500_000) / 100m, NpgsqlDbType.Numeric, cancellationToken);
            }, cancellationToken));
            Interlocked.Add(ref rows[5], await CopyAsync(connection, "case_involvements (participant_id, organisation_id, since)", chunk, 1, async (w, i, n) =>
            {
                await w.WriteAsync(chunk.Ids[i], NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(organisations.Uwv[chunk.Regions[i]], NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(new DateTimeOffset(chunk.Registered[i].ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), NpgsqlDbType.TimestampTz, cancellationToken);
            }, cancellationToken));
            // About 5% belong to the banenafspraak target group (every 20th participant of a chunk).
            Interlocked.Add(ref rows[6], await CopyAsync(connection, "banenafspraak_indications (participant_id, region_id, in_target_group, registered_on, recorded_by_organisation_id)", chunk, 1, async (w, i, n) =>
            {
                await w.WriteAsync(chunk.Ids[i], NpgsqlDbType.Uuid, cancellationToken);
                await w.WriteAsync(chunk.Regions[i], NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
                await w.WriteAsync(chunk.Registered[i].AddDays(-random.Next(0, 2000)), NpgsqlDbType.Date, cancellationToken);
                await w.WriteAsync(organisations.Uwv[chunk.Regions[i]], NpgsqlDbType.Uuid, cancellationToken);
            }, cancellationToken, every: 20));
        }
    }

    private static async Task<long> CopyAsync(
        NpgsqlConnection connection, string target, Chunk chunk, int perParticipant, Func<NpgsqlBinaryImporter, int, int, Task> write,
        CancellationToken cancellationToken, int every = 1)
    {
        var started = Stopwatch.GetTimestamp();
        var table = Array.IndexOf(_tables, target.Split(' ')[0]);
        try
        {
            return await CopyRowsAsync(connection, target, chunk, perParticipant, write, every, cancellationToken);
        }
        finally
        {
            Interlocked.Add(ref _ticks[table], Stopwatch.GetTimestamp() - started);
        }
    }

    private static async Task<long> CopyRowsAsync(
        NpgsqlConnection connection, string target, Chunk chunk, int perParticipant, Func<NpgsqlBinaryImporter, int, int, Task> write,
        int every, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var i = 0; i < chunk.Ids.Length; i += every)
        {
            for (var n = 0; n < perParticipant; n++)
            {
                await writer.StartRowAsync(cancellationToken);
                await write(writer, i, n);
            }
        }

        return (long)await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, type, cancellationToken);
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
