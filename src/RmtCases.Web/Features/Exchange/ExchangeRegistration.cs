namespace RmtCases.Web.Features.Exchange;

public static class ExchangeRegistration
{
    public static WebApplicationBuilder AddRmtExchange(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExchangeOptions>()
            .Bind(builder.Configuration.GetSection("Exchange"))
            .Validate(o => o.MaxExportsPerHour > 0, "Exchange:MaxExportsPerHour must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddScoped<ExportCap>();
        builder.Services.AddScoped<ExportHistory>();
        builder.Services.AddScoped<EncryptedExports>();
        return builder;
    }
}
