using RmtCases.Domain.Figures;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Figures;

/// <summary>
/// How a figure writes its suppressed cells, the same in every figure: a value in Dutch notation, a small count as
/// "&lt; threshold", a cell hidden or withheld so that no small count can be worked out as "x".
/// </summary>
public sealed class FigureCells(int threshold)
{
    public const string HiddenText = "x";

    public string SmallText => $"< {threshold}";

    /// <summary>The sentence every chart's description has about the cells it leaves out.</summary>
    public string SuppressionNote => $"Aantallen van 1 tot {threshold} staan er als \u201c{SmallText}\u201d, zonder staaf; een \u201cx\u201d is weggelaten zodat zo'n klein aantal niet uit de totalen is af te leiden.";

    public static string QuarterLabel(int year, int quarter) => $"{quarter + 1}e kwartaal {year}";

    public static FigureCell Days(int days) => new(days.ToString("#,##0", DutchFormat.Numbers), days, CellShown.Value);

    public FigureCell Count(long value, CellShown shown) => shown == CellShown.Value
        ? new FigureCell(value.ToString("#,##0", DutchFormat.Numbers), value, shown)
        : Hidden(shown, money: false);

    public FigureCell Money(decimal value, CellShown shown) => shown == CellShown.Value
        ? new FigureCell(DutchFormat.Money(value), value, shown, IsMoney: true)
        : Hidden(shown, money: true);

    public FigureCell Hidden(CellShown shown, bool money) => new(shown == CellShown.Small ? SmallText : HiddenText, null, shown, money);
}
