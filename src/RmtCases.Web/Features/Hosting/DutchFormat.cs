using System.Globalization;

namespace RmtCases.Web.Features.Hosting;

/// <summary>
/// Dutch dates, times and amounts, and the Dutch time zone: the one place for both. Written out rather
/// than taken from ICU culture data, so a server built with invariant globalization prints the same.
/// </summary>
public static class DutchFormat
{
    private static readonly string[] _months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>Decimal comma and thousands point, for formats of their own ("76,5%").</summary>
    public static readonly NumberFormatInfo Numbers = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    });

    private static readonly TimeZoneInfo _amsterdam =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTimeOffset InAmsterdam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _amsterdam);

    /// <summary>The calendar day in the Netherlands: a moment at 00:30 in Amsterdam is that day, not the UTC day before.</summary>
    public static DateOnly DayInAmsterdam(DateTimeOffset moment) => DateOnly.FromDateTime(InAmsterdam(moment).DateTime);

    /// <summary>Midnight at the start of a Dutch calendar day, as a moment.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, _amsterdam.GetUtcOffset(midnight));
    }

    /// <summary>"23 november 2026, 10:15", in Dutch local time.</summary>
    public static string DateTime(DateTimeOffset moment)
    {
        var local = InAmsterdam(moment);
        return $"{local.Day} {_months[local.Month - 1]} {local.Year}, {local:HH:mm}";
    }

    /// <summary>"17-05-1980".</summary>
    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : Missing;

    /// <summary>"€ 1.234,56".</summary>
    public static string Money(decimal amount) => "€ " + amount.ToString("#,##0.00", Numbers);

    /// <summary>"32" or "24,5".</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", Numbers) : "";

    public static string Count(int value) => value.ToString("#,##0", Numbers);

    /// <summary>A period in whole years, either end open: "2019–2022", "vanaf 2019", "tot 2022".</summary>
    public static string Years(int? start, int? end) => (start, end) switch
    {
        (null, null) => Missing,
        ({ } s, null) => $"vanaf {s}",
        (null, { } e) => $"tot {e}",
        ({ } s, { } e) => $"{s}–{e}",
    };

    public static string YesNo(bool value) => value ? "ja" : "nee";

    /// <summary>What every page, PDF and CSV shows for a value that is not there: one en dash.</summary>
    public const string Missing = "–";

    /// <summary>The text, or <see cref="Missing"/> when it is blank.</summary>
    public static string OrMissing(string? value) => string.IsNullOrWhiteSpace(value) ? Missing : value;
}
