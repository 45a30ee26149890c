using RmtCases.Web.Data;
using RmtCases.Web.Features.Demo;
using RmtCases.Web.Features.Retention;

namespace RmtCases.Web.Features.Hosting;

/// <summary>Verbs of the application binary besides serving: `migrate`, and `purge [--dry-run]`.</summary>
public static class CommandLine
{
    private static readonly string[] _flags = ["--dry-run"];

    /// <summary>The arguments for the host's configuration: without the verb and its flags.</summary>
    public static string[] HostArguments(string[] args) =>
        args.Where((a, i) => !(i == 0 && IsVerb(a)) && !_flags.Contains(a)).ToArray();

    private static bool IsVerb(string argument) => !argument.StartsWith('-') && !argument.Contains('=');

    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        // A verb comes first; everything else is host configuration such as --urls.
        var verb = args.Length > 0 && IsVerb(args[0]) ? args[0] : null;
        switch (verb)
        {
            case "migrate":
                await DataRegistration.MigrateAsync(app.Configuration, CancellationToken.None);
                app.Logger.LogInformation("Migrations applied");
                return true;
            case "purge":
                await PurgeCommand.RunAsync(app.Services.GetRequiredService<PurgeEngine>(), dryRun: args.Contains("--dry-run"), Console.Out);
                await PurgeCommand.RunWageValueAsync(app.Services.GetRequiredService<WageValuePurge>(), dryRun: args.Contains("--dry-run"), Console.Out);
                return true;
            case null:
                if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
                {
                    await DataRegistration.MigrateAsync(app.Configuration, CancellationToken.None);
                }

                await DemoSeeder.SeedIfEnabledAsync(app, CancellationToken.None);
                return false;
            default:
                throw new InvalidOperationException($"Unknown command '{verb}'. Known: migrate, purge [--dry-run].");
        }
    }
}
