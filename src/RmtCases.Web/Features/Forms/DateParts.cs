using System.Globalization;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// A date as the three fields dag, maand and jaar of the NL Design System and GOV.UK date input. The form
/// posts <c>Name.dag</c>, <c>Name.maand</c> and <c>Name.jaar</c>; <see cref="DateInputValueProvider"/> hands
/// the page one value, ISO when the parts make a date and "dag-maand-jaar" as typed when they do not, so that
/// the message can say which part is wrong and the page can show every part again as typed. The browser's
/// locale plays no part: an English-locale Chromium read "01-09-2017" as 9 January in a native date input.
/// </summary>
public readonly record struct DateParts(string Day, string Month, string Year)
{
    public const string DaySuffix = "dag";
    public const string MonthSuffix = "maand";
    public const string YearSuffix = "jaar";

    public bool IsEmpty => Day.Length == 0 && Month.Length == 0 && Year.Length == 0;

    public bool DayInvalid => !InRange(Day, 1, 31, 2);

    public bool MonthInvalid => !InRange(Month, 1, 12, 2);

    public bool YearInvalid => Year.Length != 4 || !InRange(Year, 1000, 9999, 4);

    /// <summary>What the three fields send, composed for the model: ISO when it is a date, else as typed.</summary>
    public string Composed => TryDate(out var date)
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{Day}-{Month}-{Year}";

    /// <summary>The parts of a model value: ISO, the composed form above, or a Dutch "17-5-1980".</summary>
    public static DateParts From(string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new DateParts("", "", "");
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return new DateParts(iso.Day.ToString(CultureInfo.InvariantCulture), iso.Month.ToString(CultureInfo.InvariantCulture), iso.Year.ToString(CultureInfo.InvariantCulture));
        }

        var parts = text.Split(['-', '/', '.']);
        return parts.Length == 3 ? new DateParts(parts[0].Trim(), parts[1].Trim(), parts[2].Trim()) : new DateParts(text, "", "");
    }

    public bool TryDate(out DateOnly date)
    {
        date = default;
        if (DayInvalid || MonthInvalid || YearInvalid)
        {
            return false;
        }

        var day = int.Parse(Day, CultureInfo.InvariantCulture);
        var month = int.Parse(Month, CultureInfo.InvariantCulture);
        var year = int.Parse(Year, CultureInfo.InvariantCulture);
        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The Dutch message for parts that make no date, naming the part to correct (GOV.UK date input).</summary>
    public string Problem()
    {
        string[] missing = [.. new[] { (Day, "de dag"), (Month, "de maand"), (Year, "het jaar") }.Where(p => p.Item1.Length == 0).Select(p => p.Item2)];
        if (missing.Length > 0)
        {
            return missing.Length == 1
                ? $"Vul ook {missing[0]} in."
                : $"Vul ook {string.Join(", ", missing[..^1])} en {missing[^1]} in.";
        }

        if (DayInvalid)
        {
            return "Vul bij dag een getal in van 1 tot en met 31.";
        }

        if (MonthInvalid)
        {
            return "Vul bij maand een getal in van 1 tot en met 12.";
        }

        if (YearInvalid)
        {
            return "Vul bij jaar vier cijfers in, bijvoorbeeld 1980.";
        }

        return "Deze datum bestaat niet. Controleer de dag en de maand.";
    }

    private static bool InRange(string text, int min, int max, int maxLength) =>
        text.Length is > 0 && text.Length <= maxLength && text.All(char.IsAsciiDigit)
        && int.Parse(text, CultureInfo.InvariantCulture) is var n && n >= min && n <= max;
}
