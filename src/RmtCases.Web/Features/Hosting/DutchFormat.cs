using System.Globalization;

namespace RmtCases.Web.Features.Hosting;

/// <summary>Dates, times and amounts as Dutch readers expect them, in Dutch time whatever the server's zone.</summary>
public static class DutchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo _amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Moment(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _amsterdam).ToString("d MMMM yyyy HH:mm", Culture);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Money(decimal amount) => amount.ToString("C", Culture);
}
