using Serilog;
using Serilog.Events;

namespace RmtCases.Web.Features.Hosting;

public static class LoggingRegistration
{
    /// <summary>Structured console logging. Ids only: no names, query strings, form values or passwords.</summary>
    public static WebApplicationBuilder AddRmtLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, configuration) => configuration
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            // EF logs SQL text at Information; parameter values only with sensitive-data logging, never enabled.
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        return builder;
    }

    public static void UseRmtRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // This host's own logger and sinks; the static one belongs to whichever host in the process was built last.
            options.Logger = app.Services.GetService<Serilog.ILogger>();
            // RequestPath carries no query string; route values are ids, never names.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.EnrichDiagnosticContext = (context, http) =>
            {
                context.Set("CorrelationId", http.TraceIdentifier);
                context.Set("UserId", http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "-");
            };
        });
}
