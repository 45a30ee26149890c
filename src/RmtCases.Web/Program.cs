using RmtCases.Web.Data;
using RmtCases.Web.Features.Demo;
using RmtCases.Web.Features.Exchange;
using RmtCases.Web.Features.Figures;
using RmtCases.Web.Features.Health;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;
using RmtCases.Web.Features.Retention;
using RmtCases.Web.Features.Telemetry;
using RmtCases.Web.Features.WageValue;

var builder = WebApplication.CreateBuilder(CommandLine.HostArguments(args));
builder.AddRmtLogging();
builder.AddRmtData();
builder.AddRmtIdentity();
builder.AddRmtWeb();
builder.AddRmtParticipants();
builder.AddRmtWageValue();
builder.AddRmtDemo();
builder.AddRmtExchange();
builder.AddRmtRetention();
builder.AddRmtFigures();
builder.AddRmtTelemetry();

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

app.UseRmtPipeline();
app.MapRmtHealth();
app.MapRmtDownloads();
app.MapRazorPages();
await app.RunAsync();

public partial class Program;
