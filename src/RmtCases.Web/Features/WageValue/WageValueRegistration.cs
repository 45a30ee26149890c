namespace RmtCases.Web.Features.WageValue;

public static class WageValueRegistration
{
    public static WebApplicationBuilder AddRmtWageValue(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WageValueOptions>()
            .Bind(builder.Configuration.GetSection(WageValueOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<WageValueWorkers>();
        return builder;
    }
}
