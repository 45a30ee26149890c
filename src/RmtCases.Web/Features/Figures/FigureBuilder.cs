using RmtCases.Domain.Figures;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Access;

namespace RmtCases.Web.Features.Figures;

/// <summary>
/// Turns the year's aggregates into the page's figures: each a table and the chart drawn from the same,
/// already suppressed cells, so the chart can never show what the table hides.
/// </summary>
public sealed class FigureBuilder(FigureData data, FigurePeriod period, string place, int threshold, bool includesBanenafspraakDerived)
{
    public const string FlowId = "instroom-uitstroom";
    public const string ServicesId = "dienstverlening";
    public const string BudgetId = "budget";
    public const string ExportsId = "uitwisselingen";
    public const string PhasesId = "fasen";
    public const string OutcomesId = "resultaten";
    public const string LeadTimeId = "doorlooptijd";

    private static readonly string[] _shortMonths = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    private readonly FigureCells _cells = new(threshold);

    public IReadOnlyList<Figure> All()
    {
        var outcomes = Outcomes(out var completed);
        var money = new ServicesFigure(data, period, place, threshold, includesBanenafspraakDerived);
        var figures = new List<Figure> { Flow(), Phases(), outcomes, LeadTimes(completed), money.Services(out var quarterTotals) };
        if (includesBanenafspraakDerived)
        {
            figures.Add(money.Budget(quarterTotals));
        }

        figures.Add(Exports());
        return figures;
    }

    public Figure Flow()
    {
        var grid = new YearMonthGrid(2, rowTotals: false);
        long[] ValuesOf(FigureData d) => grid.Values((m, c) => c == 0 ? d.Inflow[m] : d.Outflow[m]);
        var values = ValuesOf(data);
        var shown = Suppress(values, grid.Lines, ValuesOf);
        var rows = MonthRows(grid, values, shown, 2);
        var title = $"Instroom en uitstroom per maand, {place}, {period.Label}";
        var table = new FigureTable(FlowId, title,
            "Instroom: deelnemers aangemeld in de maand. Uitstroom: trajecten die in de maand werden afgerond of afgebroken, en deelnames die in de maand eindigden zonder dat het traject was afgesloten.",
            ["Maand"], ["Instroom", "Uitstroom"], rows);
        var monthRows = rows.Where(r => !r.IsTotal).ToList();
        var chart = new BarChart(title,
            $"Staafdiagram met per maand twee staven: instroom (donker) en uitstroom (gearceerd). {_cells.SuppressionNote} De tabel onder de grafiek geeft dezelfde cijfers.",
            [.. period.Months.Select(m => _shortMonths[m])],
            [new ChartSeries("Instroom", [.. monthRows.Select(r => r.Cells[0])]), new ChartSeries("Uitstroom", [.. monthRows.Select(r => r.Cells[1])])],
            Money: false);
        return new Figure(table, chart);
    }

    public Figure Phases()
    {
        var phases = Enum.GetValues<RoutePhase>();
        // One line: the phases add up to the total.
        long[] ValuesOf(FigureData d) => [.. phases.Select(p => d.Phases[(int)p - 1]), d.Phases.Sum()];
        var values = ValuesOf(data);
        var shown = Suppress(values, [new SuppressionLine(phases.Length, [.. Enumerable.Range(0, phases.Length)])], ValuesOf);
        var rows = phases.Select((p, i) => new FigureRow([p.Label()], [_cells.Count(values[i], shown[i])])).ToList();
        rows.Add(new FigureRow(["Totaal"], [_cells.Count(values[^1], shown[^1])], IsTotal: true));
        var title = $"Deelnemers per fase van hun traject, {place}, nu";
        var table = new FigureTable(PhasesId, title,
            "Waar de trajecten van alle deelnemers van wie gegevens zijn bewaard nu staan; de gekozen periode telt hier niet.",
            ["Fase"], ["Deelnemers"], rows);
        var chart = new BarChart(title,
            $"Staafdiagram met één staaf per fase: aangemeld, intake, plan, uitvoering, afgerond en afgebroken. {_cells.SuppressionNote} De tabel onder de grafiek geeft dezelfde cijfers.",
            [.. phases.Select(p => p.Label())], [new ChartSeries("Deelnemers", [.. rows.Take(phases.Length).Select(r => r.Cells[0])])], Money: false);
        return new Figure(table, chart);
    }

    /// <param name="completed">Per month of the period and for the period, the completed routes as this figure shows them.</param>
    public Figure Outcomes(out FigureCell[] completed)
    {
        const int codes = FigureQueries.FinishedCodes;
        int completedTotal = 2 * codes, abortedTotal = 2 * codes + 1, allTotal = 2 * codes + 2;
        var grid = new YearMonthGrid(2 * codes + 3,
        [
            (completedTotal, [.. Enumerable.Range(0, codes)]),
            (abortedTotal, [.. Enumerable.Range(codes, codes)]),
            (allTotal, [completedTotal, abortedTotal]),
        ]);
        long[] ValuesOf(FigureData d) => grid.Values((m, c) => d.Finished[m, c]);
        var values = ValuesOf(data);
        var shown = Suppress(values, grid.Lines, ValuesOf);
        var cell = PeriodCell(grid);
        FigureCell At(int column) => _cells.Count(values[cell(column)], shown[cell(column)]);
        var rows = new List<FigureRow>();
        rows.AddRange(Enum.GetValues<RouteOutcome>().Select(o => new FigureRow(["Afgerond", o.Label()], [At((int)o - 1)])));
        rows.Add(new FigureRow(["Afgerond", "Totaal"], [At(completedTotal)], IsTotal: true));
        rows.AddRange(Enum.GetValues<RouteAbortReason>().Select(r => new FigureRow(["Afgebroken", r.Label()], [At(codes + (int)r - 1)])));
        rows.Add(new FigureRow(["Afgebroken", "Totaal"], [At(abortedTotal)], IsTotal: true));
        rows.Add(new FigureRow(["Beëindigd", "Totaal"], [At(allTotal)], IsTotal: true));
        completed = [.. period.Months.Select(m => _cells.Count(values[grid.Month(m, completedTotal)], shown[grid.Month(m, completedTotal)])), At(completedTotal)];
        var title = $"Resultaten van beëindigde trajecten, {place}, {period.Label}";
        var table = new FigureTable(OutcomesId, title,
            "Trajecten die in de periode werden afgerond, naar resultaat, en die werden afgebroken, naar reden.",
            ["Traject", "Resultaat of reden"], ["Trajecten"], rows);
        var chart = new BarChart(title,
            $"Staafdiagram met per maand twee staven: afgeronde trajecten (donker) en afgebroken trajecten (gearceerd). {_cells.SuppressionNote} De tabel onder de grafiek geeft de resultaten en redenen over de hele periode.",
            [.. period.Months.Select(m => _shortMonths[m])],
            [
                new ChartSeries("Afgerond", [.. period.Months.Select(m => _cells.Count(values[grid.Month(m, completedTotal)], shown[grid.Month(m, completedTotal)]))]),
                new ChartSeries("Afgebroken", [.. period.Months.Select(m => _cells.Count(values[grid.Month(m, abortedTotal)], shown[grid.Month(m, abortedTotal)]))]),
            ],
            Money: false);
        return new Figure(table, chart);
    }

    /// <param name="completed">The completed routes per month of the period and for the period, from the outcomes figure.</param>
    public Figure LeadTimes(FigureCell[] completed)
    {
        // A median of fewer routes than the threshold would describe a handful of people: it is left out with them.
        FigureCell[] Cells(LeadTime? lead, FigureCell routes) => lead is { } l && l.Routes >= threshold
            ? [routes, FigureCells.Days(l.MedianDays), FigureCells.Days(l.Percentile80Days)]
            : [routes, new FigureCell(_cells.SmallText, null, CellShown.Small), new FigureCell(_cells.SmallText, null, CellShown.Small)];
        var rows = period.Months.Select((m, i) => new FigureRow([$"{FigurePeriod.MonthName(m)} {period.Year}"],
            Cells(data.LeadTimes.FirstOrDefault(l => l.Kind == PeriodKind.Month && l.Index == m), completed[i]))).ToList();
        if (period.Kind != PeriodKind.Month)
        {
            var whole = period.Kind == PeriodKind.Quarter
                ? data.LeadTimes.FirstOrDefault(l => l.Kind == PeriodKind.Quarter && l.Index == period.Number - 1)
                : data.LeadTimes.FirstOrDefault(l => l.Kind == PeriodKind.Year);
            rows.Add(new FigureRow([$"Heel {period.Label}"], Cells(whole, completed[^1]), IsTotal: true));
        }

        var title = $"Doorlooptijd van aanmelding tot afgerond traject, {place}, {period.Label}";
        var table = new FigureTable(LeadTimeId, title,
            "In dagen, voor de trajecten die in de maand werden afgerond: de mediaan (de helft duurde korter) en het 80e percentiel (vier op de vijf duurden korter).",
            ["Afgerond in"], ["Trajecten", "Mediaan (dagen)", "80e percentiel (dagen)"], rows);
        var monthRows = rows.Take(period.Months.Count).ToList();
        var chart = new BarChart(title,
            $"Staafdiagram met per maand twee staven: de mediaan (donker) en het 80e percentiel (gearceerd) van de doorlooptijd in dagen. Maanden met minder dan {threshold} afgeronde trajecten hebben geen staaf. De tabel onder de grafiek geeft dezelfde cijfers.",
            [.. period.Months.Select(m => _shortMonths[m])],
            [new ChartSeries("Mediaan", [.. monthRows.Select(r => r.Cells[1])]), new ChartSeries("80e percentiel", [.. monthRows.Select(r => r.Cells[2])])],
            Money: false);
        return new Figure(table, chart);
    }

    /// <summary>The grid cell of the page's period in a column: the month, the quarter or the year.</summary>
    private Func<int, int> PeriodCell(YearMonthGrid grid) => period.Kind switch
    {
        PeriodKind.Month => column => grid.Month(period.Number - 1, column),
        PeriodKind.Quarter => column => grid.Quarter(period.Number - 1, column),
        _ => grid.Year,
    };

    public Figure Exports()
    {
        var kinds = FigureQueries.RecipientKinds;
        var grid = new YearMonthGrid(kinds.Length, rowTotals: true);
        long[] ValuesOf(FigureData d) => grid.Values((m, c) => d.Exports[m, c]);
        var values = ValuesOf(data);
        var shown = Suppress(values, grid.Lines, ValuesOf);
        var rows = MonthRows(grid, values, shown, kinds.Length + 1);
        var title = $"Uitwisselingen per maand, naar soort ontvanger, {place}, {period.Label}";
        var table = new FigureTable(ExportsId, title,
            "Hoe vaak gegevens van één deelnemer als versleutelde pdf naar een organisatie gingen, naar de soort ontvangende organisatie.",
            ["Maand"], [.. kinds.Select(k => k.Dutch()), "Totaal"], rows);
        var monthRows = rows.Where(r => !r.IsTotal).ToList();
        var chart = new BarChart(title,
            $"Staafdiagram van het aantal uitwisselingen per maand, alle ontvangers samen. {_cells.SuppressionNote} De tabel onder de grafiek geeft de verdeling naar soort ontvanger.",
            [.. period.Months.Select(m => _shortMonths[m])],
            [new ChartSeries("Uitwisselingen", [.. monthRows.Select(r => r.Cells[kinds.Length])])],
            Money: false);
        return new Figure(table, chart);
    }

    /// <summary>
    /// A figure's pattern: a region's as its own table; the national one, when the data has the regions, next to
    /// every region's table suppressed as that region's page shows it, so that no national cell less the other
    /// regions' gives a region's suppressed cell away.
    /// </summary>
    private CellShown[] Suppress(long[] values, IReadOnlyList<SuppressionLine> lines, Func<FigureData, long[]> valuesOf)
    {
        if (data.Regions.Count == 0)
        {
            return SmallCellSuppression.Apply(values, lines, threshold);
        }

        var parts = data.Regions.Select(valuesOf).ToList();
        return SmallCellSuppression.ApplyToSum(parts, [.. parts.Select(p => SmallCellSuppression.Apply(p, lines, threshold))], lines, threshold);
    }

    private List<FigureRow> MonthRows(YearMonthGrid grid, long[] values, CellShown[] shown, int columns)
    {
        var rows = period.Months
            .Select(m => new FigureRow([$"{FigurePeriod.MonthName(m)} {period.Year}"], [.. Enumerable.Range(0, columns).Select(c => _cells.Count(values[grid.Month(m, c)], shown[grid.Month(m, c)]))]))
            .ToList();
        if (period.Kind == PeriodKind.Quarter)
        {
            var q = period.Number - 1;
            rows.Add(new FigureRow(["Totaal"], [.. Enumerable.Range(0, columns).Select(c => _cells.Count(values[grid.Quarter(q, c)], shown[grid.Quarter(q, c)]))], IsTotal: true));
        }
        else if (period.Kind == PeriodKind.Year)
        {
            rows.Add(new FigureRow(["Totaal"], [.. Enumerable.Range(0, columns).Select(c => _cells.Count(values[grid.Year(c)], shown[grid.Year(c)]))], IsTotal: true));
        }

        return rows;
    }
}
