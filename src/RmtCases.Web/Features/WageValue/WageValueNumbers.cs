using System.Globalization;
using System.Text.RegularExpressions;

namespace RmtCases.Web.Features.WageValue;

/// <summary>The numbers of a wage-value form as people type them: percentages and hours, Dutch comma or point.</summary>
public static partial class WageValueNumbers
{
    /// <summary>
    /// Accepts "87,5", "87.5", "87" and "87,5%": assessors type the Dutch comma, spreadsheets paste the
    /// point. At most two decimals, as the database stores them; anything else is refused, never rounded.
    /// </summary>
    public static bool TryParsePercentage(string? text, out decimal value)
    {
        value = 0;
        var trimmed = text?.Trim().TrimEnd('%').Trim();
        if (string.IsNullOrEmpty(trimmed) || !PercentagePattern().IsMatch(trimmed))
        {
            return false;
        }

        return decimal.TryParse(trimmed.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Hours as typed, "32" or "24,5"; null when empty or not a number of hours.</summary>
    public static decimal? ParseHours(string? text)
    {
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed) && HoursPattern().IsMatch(trimmed)
            && decimal.TryParse(trimmed.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    [GeneratedRegex(@"^\d{1,3}([.,]\d{1,2})?$")]
    private static partial Regex PercentagePattern();

    [GeneratedRegex(@"^\d{1,2}([.,]\d{1,2})?$")]
    private static partial Regex HoursPattern();
}
