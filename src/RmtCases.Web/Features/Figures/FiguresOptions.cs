using RmtCases.Domain.Figures;

namespace RmtCases.Web.Features.Figures;

public sealed class FiguresOptions
{
    public const string Section = "Figures";

    /// <summary>Cells below this count are shown as "&lt; n" (AP z2021-2117: small groups can reveal a person).</summary>
    public int SmallCellThreshold { get; set; } = SmallCellSuppression.DefaultThreshold;
}
