using RmtCases.Web.Data;
using RmtCases.Web.Features.Demo;
using RmtCases.Web.Features.Health;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.WageValue;

var builder = WebApplication.CreateBuilder(args);
builder.AddRmtLogging();
builder.AddRmtData();
builder.AddRmtIdentity();
builder.AddRmtWeb();
builder.AddRmtWageValue();
builder.AddRmtDemo();

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

app.UseRmtPipeline();
app.MapRmtHealth();
app.MapRazorPages();
await app.RunAsync();

public partial class Program;
