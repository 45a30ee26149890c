using Microsoft.Extensions.Options;
using RmtCases.Domain.Retention;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Retention;

public static class RetentionRegistration
{
    public static WebApplicationBuilder AddRmtRetention(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RetentionOptions>(builder.Configuration.GetSection(RetentionOptions.Section));
        builder.Services.AddSingleton<PurgeEngine>();
        builder.Services.AddSingleton<WageValuePurge>();
        builder.Services.AddSingleton<RetentionGate>();
        builder.Services.AddHostedService<RetentionWorker>();
        return builder;
    }
}
