using System.Globalization;

namespace RmtCases.Domain.Validation;

/// <summary>
/// Formats numbers for Dutch messages (decimal comma) without depending on ICU culture data,
/// which a container built with invariant globalization would not have.
/// </summary>
internal static class DutchNumber
{
    private static readonly NumberFormatInfo _format = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    };

    /// <summary>Shows every significant decimal and no trailing zeros: 99.90m becomes "99,9".</summary>
    public static string Format(decimal value) => value.ToString("0.############################", _format);
}
