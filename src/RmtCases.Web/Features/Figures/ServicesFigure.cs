using System.Globalization;
using RmtCases.Domain.Figures;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Access;

namespace RmtCases.Web.Features.Figures;

/// <summary>
/// The figures about money: services per type and provider per quarter with their cost, and that cost against the
/// region's budget. Their grid is built per region as well (a region's own providers), for the national view's
/// suppression; the budget shows the services' quarter totals as they were suppressed there.
/// </summary>
public sealed class ServicesFigure(FigureData data, FigurePeriod period, string place, int threshold, bool includesBanenafspraakDerived)
{
    private readonly FigureCells _cells = new(threshold);

    public Figure Services(out FigureCell[] quarterTotals)
    {
        var types = Enum.GetValues<ServiceType>().Where(t => includesBanenafspraakDerived || !t.RevealsBanenafspraak()).ToList();
        var (combinations, grid, counts, amounts) = ServiceGridOf(data, types);

        // The money of a cell is hidden exactly when its count is: the lines are the same, so no amount can be
        // worked out where the count could not.
        CellShown[] shown;
        if (data.Regions.Count == 0)
        {
            shown = SmallCellSuppression.Apply(counts, grid.Lines, threshold);
        }
        else
        {
            // Each region on its own grid, as its page suppresses it (its own providers), then laid on the national
            // grid, where a provider the region did not use is a 0 the reader knows.
            var parts = new List<long[]>();
            var partsShown = new List<CellShown[]>();
            foreach (var region in data.Regions)
            {
                var own = ServiceGridOf(region, types);
                var ownShown = SmallCellSuppression.Apply(own.Counts, own.Grid.Lines, threshold);
                var part = new long[grid.Size];
                var partShown = new CellShown[grid.Size];
                void Copy(int to, int from)
                {
                    part[to] = own.Counts[from];
                    partShown[to] = ownShown[from];
                }

                for (var q = 0; q < 4; q++)
                {
                    for (var j = 0; j < combinations.Count; j++)
                    {
                        var o = own.Combinations.IndexOf(combinations[j]);
                        if (o >= 0)
                        {
                            Copy(grid.Cell(q, j), own.Grid.Cell(q, o));
                        }
                    }

                    for (var t = 0; t < types.Count; t++)
                    {
                        Copy(grid.TypeTotal(q, t), own.Grid.TypeTotal(q, t));
                    }

                    Copy(grid.QuarterTotal(q), own.Grid.QuarterTotal(q));
                }

                Copy(grid.YearTotal, own.Grid.YearTotal);
                parts.Add(part);
                partsShown.Add(partShown);
            }

            shown = SmallCellSuppression.ApplyToSum(parts, partsShown, grid.Lines, threshold);
        }

        FigureCell[] Pair(int cell) => [_cells.Count(counts[cell], shown[cell]), _cells.Money(amounts[cell], shown[cell])];
        var rows = new List<FigureRow>();
        foreach (var q in period.Quarters)
        {
            var quarter = FigureCells.QuarterLabel(period.Year, q);
            foreach (var (type, t) in types.Select((type, t) => (type, t)))
            {
                foreach (var j in Enumerable.Range(0, combinations.Count).Where(j => combinations[j].Type == type))
                {
                    rows.Add(new FigureRow([quarter, type.Label(), combinations[j].ProviderName], Pair(grid.Cell(q, j))));
                }

                rows.Add(new FigureRow([quarter, type.Label(), "Totaal"], Pair(grid.TypeTotal(q, t)), IsTotal: true));
            }

            rows.Add(new FigureRow([quarter, "Totaal", ""], Pair(grid.QuarterTotal(q)), IsTotal: true));
        }

        if (period.Kind == PeriodKind.Year)
        {
            rows.Add(new FigureRow([period.Label, "Totaal", ""], Pair(grid.YearTotal), IsTotal: true));
        }

        quarterTotals = [.. Enumerable.Range(0, 4).Select(q => _cells.Money(amounts[grid.QuarterTotal(q)], shown[grid.QuarterTotal(q)])), _cells.Money(amounts[grid.YearTotal], shown[grid.YearTotal])];
        var title = $"Dienstverlening per soort en aanbieder, per kwartaal, {place}, {PeriodOfQuarters}";
        var table = new FigureTable(FigureBuilder.ServicesId, title,
            "Trajecten die in het kwartaal begonnen, met hun kosten; na het wissen van de persoonsgegevens uit de anonieme afrekenregels.",
            ["Kwartaal", "Dienst", "Aanbieder"], ["Trajecten", "Kosten"], rows);
        var chart = new BarChart(title,
            $"Staafdiagram van de kosten per kwartaal, één staaf per soort dienst. {_cells.SuppressionNote} De tabel onder de grafiek geeft de trajecten en kosten per aanbieder.",
            [.. period.Quarters.Select(q => FigureCells.QuarterLabel(period.Year, q))],
            [.. types.Select((type, t) => new ChartSeries(type.Label(), [.. period.Quarters.Select(q => _cells.Money(amounts[grid.TypeTotal(q, t)], shown[grid.TypeTotal(q, t)]))]))],
            Money: true);
        return new Figure(table, chart);
    }

    private static (List<(ServiceType Type, Guid ProviderId, string ProviderName)> Combinations, QuarterServiceGrid Grid, long[] Counts, decimal[] Amounts) ServiceGridOf(
        FigureData data, List<ServiceType> types)
    {
        var combinations = data.Services
            .Where(s => types.Contains(s.Type))
            .Select(s => (s.Type, s.ProviderId, s.ProviderName)).Distinct()
            .OrderBy(c => types.IndexOf(c.Type)).ThenBy(c => c.ProviderName, StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), true)).ThenBy(c => c.ProviderId)
            .ToList();
        var grid = new QuarterServiceGrid([.. combinations.Select(c => types.IndexOf(c.Type))], types.Count);
        var counts = new long[grid.Size];
        var amounts = new decimal[grid.Size];
        foreach (var s in data.Services.Where(s => types.Contains(s.Type)))
        {
            var j = combinations.IndexOf((s.Type, s.ProviderId, s.ProviderName));
            foreach (var cell in new[] { grid.Cell(s.Quarter, j), grid.TypeTotal(s.Quarter, types.IndexOf(s.Type)), grid.QuarterTotal(s.Quarter), grid.YearTotal })
            {
                counts[cell] += s.Deliveries;
                amounts[cell] += s.Amount;
            }
        }

        return (combinations, grid, counts, amounts);
    }

    /// <param name="quarterTotals">The four quarters' costs and the year's, suppressed as in the services figure.</param>
    public Figure Budget(FigureCell[] quarterTotals)
    {
        var budget = data.Budget;
        FigureCell Amount(decimal? amount) => amount is { } a ? _cells.Money(a, CellShown.Value) : new FigureCell("Niet ingevoerd", null, CellShown.Value, IsMoney: true);
        var spent = quarterTotals[4];
        var rows = new List<FigureRow>
        {
            new(["Budget personeel"], [Amount(budget?.Personnel)]),
            new(["Budget interventies"], [Amount(budget?.Intervention)]),
        };
        rows.AddRange(Enumerable.Range(0, 4).Select(q => new FigureRow([$"Kosten interventies {FigureCells.QuarterLabel(period.Year, q)}"], [quarterTotals[q]])));
        rows.Add(new FigureRow([$"Kosten interventies {period.Year}"], [spent], IsTotal: true));
        rows.Add(new FigureRow(["Nog beschikbaar voor interventies"],
            [budget is null ? Amount(null) : spent.Number is { } s ? _cells.Money(budget.Intervention - s, CellShown.Value) : _cells.Hidden(spent.Shown, money: true)],
            IsTotal: true));
        var title = $"Kosten tegen het budget, {place}, {period.Year}";
        var description = budget is null
            ? "Voor dit jaar is nog geen budget ingevoerd."
            : $"Het budget is per regio en jaar ingevoerd door functioneel beheer{(budget.Regions > 1 ? $" (opgeteld over {budget.Regions} regio's)" : "")}; de kosten zijn die van alle diensten samen.";
        var table = new FigureTable(FigureBuilder.BudgetId, title, description, ["Post"], ["Bedrag"], rows);
        var chart = new BarChart(title,
            $"Staafdiagram: het interventiebudget van het jaar naast de kosten per kwartaal en de kosten van het hele jaar. {_cells.SuppressionNote} De tabel onder de grafiek geeft dezelfde bedragen en het personeelsbudget.",
            ["Budget", .. Enumerable.Range(0, 4).Select(q => FigureCells.QuarterLabel(period.Year, q)), "Jaar"],
            [new ChartSeries("Bedrag", [Amount(budget?.Intervention), .. quarterTotals])],
            Money: true);
        return new Figure(table, chart);
    }

    private string PeriodOfQuarters => period.Kind == PeriodKind.Month ? $"{FigureCells.QuarterLabel(period.Year, period.Quarters[0])} (het kwartaal van {period.Label})" : period.Label;
}
