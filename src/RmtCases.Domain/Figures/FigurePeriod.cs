using System.Globalization;
using System.Text.RegularExpressions;

namespace RmtCases.Domain.Figures;

/// <summary>The period a figures page shows: a month ("2022-05"), a quarter ("2022-K3") or a year ("2022").</summary>
public sealed partial record FigurePeriod(PeriodKind Kind, int Year, int Number)
{
    public const int FirstYear = 2021;

    private static readonly string[] _months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public static FigurePeriod OfYear(int year) => new(PeriodKind.Year, year, 0);

    /// <summary>The code as the page's select and URL carry it.</summary>
    public string Code => Kind switch
    {
        PeriodKind.Month => $"{Year}-{Number:00}",
        PeriodKind.Quarter => $"{Year}-K{Number}",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    public string Label => Kind switch
    {
        PeriodKind.Month => $"{_months[Number - 1]} {Year}",
        PeriodKind.Quarter => $"{Number}e kwartaal {Year}",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The months of the period, 0–11 within its year.</summary>
    public IReadOnlyList<int> Months => Kind switch
    {
        PeriodKind.Month => [Number - 1],
        PeriodKind.Quarter => [.. Enumerable.Range((Number - 1) * 3, 3)],
        _ => [.. Enumerable.Range(0, 12)],
    };

    /// <summary>The quarters of the period, 0–3; a month shows its quarter.</summary>
    public IReadOnlyList<int> Quarters => Kind switch
    {
        PeriodKind.Month => [(Number - 1) / 3],
        PeriodKind.Quarter => [Number - 1],
        _ => [0, 1, 2, 3],
    };

    public static string MonthName(int month) => _months[month];

    /// <summary>Null for anything but a period from <see cref="FirstYear"/> up to the last year given.</summary>
    public static FigurePeriod? Parse(string? code, int lastYear)
    {
        var match = code is null ? null : CodePattern().Match(code);
        if (match is not { Success: true })
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < FirstYear || year > lastYear)
        {
            return null;
        }

        if (match.Groups["quarter"].Success)
        {
            return new FigurePeriod(PeriodKind.Quarter, year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? new FigurePeriod(PeriodKind.Month, year, month) : null;
        }

        return OfYear(year);
    }

    /// <summary>Every period from <see cref="FirstYear"/> to the last year, years first, for the page's select.</summary>
    public static IEnumerable<FigurePeriod> All(int lastYear)
    {
        var years = Enumerable.Range(FirstYear, lastYear - FirstYear + 1).Reverse().ToList();
        return years.Select(OfYear)
            .Concat(years.SelectMany(y => Enumerable.Range(1, 4).Select(q => new FigurePeriod(PeriodKind.Quarter, y, q))))
            .Concat(years.SelectMany(y => Enumerable.Range(1, 12).Select(m => new FigurePeriod(PeriodKind.Month, y, m))));
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-K(?<quarter>[1-4])|-(?<month>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
