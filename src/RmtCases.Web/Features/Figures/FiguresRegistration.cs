namespace RmtCases.Web.Features.Figures;

public static class FiguresRegistration
{
    public static WebApplicationBuilder AddRmtFigures(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FiguresOptions>()
            .Bind(builder.Configuration.GetSection(FiguresOptions.Section))
            .Validate(o => o.SmallCellThreshold >= 1, "Figures:SmallCellThreshold must be at least 1.")
            .ValidateOnStart();
        return builder;
    }
}
