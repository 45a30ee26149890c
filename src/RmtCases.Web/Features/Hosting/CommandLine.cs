using RmtCases.Web.Data;
using RmtCases.Web.Features.Demo;

namespace RmtCases.Web.Features.Hosting;

/// <summary>Verbs of the application binary besides serving: `migrate` applies migrations and exits.</summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        // A verb comes first; everything else is host configuration such as --urls.
        var verb = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=') ? args[0] : null;
        switch (verb)
        {
            case "migrate":
                await DataRegistration.MigrateAsync(app.Configuration, CancellationToken.None);
                app.Logger.LogInformation("Migrations applied");
                return true;
            case null:
                if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
                {
                    await DataRegistration.MigrateAsync(app.Configuration, CancellationToken.None);
                }

                await DemoSeeder.SeedIfEnabledAsync(app, CancellationToken.None);
                return false;
            default:
                throw new InvalidOperationException($"Unknown command '{verb}'. Known: migrate.");
        }
    }
}
