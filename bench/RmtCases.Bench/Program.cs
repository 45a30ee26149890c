using RmtCases.Bench;

// Sub-commands: pdf, generate, purge, http, explain, soak. scripts/bench runs them against a throwaway cluster.
var command = args.Length > 0 ? args[0] : "pdf";
var rest = args.Skip(1).ToArray();
return command switch
{
    "pdf" => PdfBench.Run(rest),
    "generate" => await Generator.RunAsync(new Args(rest)),
    "purge" => await PurgeBench.RunAsync(new Args(rest)),
    "http" => await HttpBench.RunAsync(new Args(rest)),
    "explain" => await ExplainBench.RunAsync(new Args(rest)),
    "soak" => await SoakBench.RunAsync(new Args(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: RmtCases.Bench pdf [OUTPUT_DIR]
               RmtCases.Bench generate --participants N [--jobs 2] [--owner CONN]
               RmtCases.Bench purge --participants N [--batch 5000,...] [--owner CONN] [--app CONN]
               RmtCases.Bench http --base http://127.0.0.1:5080 --app-pid PID [--clients 16] [--seconds 20] [--app CONN]
               RmtCases.Bench explain [--app CONN]
               RmtCases.Bench soak --base http://127.0.0.1:5080 --app-pid PID [--minutes 20] [--clients 16] [--warmup 15] [--app CONN] [--owner CONN]
        CONN defaults: RMT_BENCH_OWNER (schema owner) and RMT_BENCH_APP (the application's role).
        """);
    return 2;
}
