namespace RmtCases.Web.Features.Exchange;

public sealed class ExchangeOptions
{
    /// <summary>Exports one user may make in any hour; more is unusual, so it is refused and recorded.</summary>
    public int MaxExportsPerHour { get; set; } = 20;
}
