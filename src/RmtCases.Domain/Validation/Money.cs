using System.Globalization;
using System.Text.RegularExpressions;

namespace RmtCases.Domain.Validation;

/// <summary>Amounts in euros as people type them: "1.234,56", "1234,56", "1234.56", "€ 25,-".</summary>
public static partial class Money
{
    public const string DefaultField = "Amount";

    public const string RequiredMessage = "Vul een bedrag in.";
    public const string FormatMessage = "Vul een bedrag in euro's in, bijvoorbeeld 1.234,56.";
    public const string NegativeMessage = "Het bedrag kan niet negatief zijn.";
    public const string DecimalsMessage = "Een bedrag heeft hoogstens twee cijfers achter de komma.";

    /// <summary>
    /// Reads an amount in Dutch or plain notation; the sign and the number of decimals are left to
    /// <see cref="Validate(decimal, string)"/>, so the message can say what is wrong.
    /// </summary>
    /// <remarks>
    /// With both a dot and a comma, the last one is the decimal separator. With only commas: one
    /// comma is the decimal comma. With only dots: dots that group by three are thousands
    /// separators (Dutch "1.234" is one thousand two hundred and thirty-four), one dot otherwise
    /// is a decimal point ("1234.56", "12.5"). Spaces, a euro sign and the Dutch ",-" for whole
    /// euros are allowed.
    /// </remarks>
    public static bool TryParse(string? input, out decimal amount)
    {
        amount = 0m;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        // Spaces anywhere: they group thousands ("1 234,56") or follow the euro sign, also as the
        // no-break space a word processor puts there.
        var text = Whitespace().Replace(input, string.Empty);
        var currency = Currency().Match(text);
        var negative = currency.Groups["sign"].Success;
        text = text[currency.Length..];

        var plain = ToInvariant(WholeEuros().Replace(text, string.Empty));
        if (plain is null || !decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        amount = negative ? -amount : amount;
        return true;
    }

    public static ValidationResult Validate(decimal amount, string field = DefaultField)
    {
        if (amount < 0m)
        {
            return ValidationResult.Failure(field, NegativeMessage);
        }

        return decimal.Round(amount, 2) == amount ? ValidationResult.Success : ValidationResult.Failure(field, DecimalsMessage);
    }

    /// <summary>Parses and validates typed input; <paramref name="amount"/> is meaningful only when valid.</summary>
    public static ValidationResult Validate(string? input, out decimal amount, string field = DefaultField)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            amount = 0m;
            return ValidationResult.Failure(field, RequiredMessage);
        }

        return TryParse(input, out amount) ? Validate(amount, field) : ValidationResult.Failure(field, FormatMessage);
    }

    // Returns the number with a '.' decimal point and no grouping, or null when it is not a number.
    private static string? ToInvariant(string text)
    {
        if (text.Length == 0 || !text.All(c => char.IsAsciiDigit(c) || c is '.' or ','))
        {
            return null;
        }

        var lastDot = text.LastIndexOf('.');
        var lastComma = text.LastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0)
        {
            var decimalAt = Math.Max(lastDot, lastComma);
            var grouping = text[decimalAt] == ',' ? '.' : ',';
            return Joined(text[..decimalAt], grouping, text[(decimalAt + 1)..]);
        }

        if (lastComma >= 0)
        {
            return lastComma == text.IndexOf(',', StringComparison.Ordinal) ? Joined(text[..lastComma], null, text[(lastComma + 1)..]) : null;
        }

        if (lastDot >= 0)
        {
            if (ThousandsWithDots().IsMatch(text))
            {
                return text.Replace(".", string.Empty, StringComparison.Ordinal);
            }

            return lastDot == text.IndexOf('.', StringComparison.Ordinal) ? Joined(text[..lastDot], null, text[(lastDot + 1)..]) : null;
        }

        return text;
    }

    // Joins whole and fraction with a '.', after checking that the whole part is grouped by three
    // (when a grouping separator is given) and that both parts are plain digits.
    private static string? Joined(string whole, char? grouping, string fraction)
    {
        if (grouping is { } separator && whole.Contains(separator, StringComparison.Ordinal))
        {
            var groups = whole.Split(separator);
            if (groups[0].Length is < 1 or > 3 || groups[0][0] == '0' || groups.Skip(1).Any(g => g.Length != 3))
            {
                return null;
            }

            whole = string.Concat(groups);
        }

        if (whole.Length == 0 || fraction.Length == 0 || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return null;
        }

        return $"{whole}.{fraction}";
    }

    [GeneratedRegex(@"\s", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    // An optional minus and euro sign or "EUR" in either order before the number.
    [GeneratedRegex(@"^(?:(?<sign>-)(?:€|(?i:eur))?|(?:€|(?i:eur))(?<sign>-)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Currency();

    [GeneratedRegex(@",-{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeEuros();

    [GeneratedRegex(@"^[1-9][0-9]{0,2}(\.[0-9]{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsWithDots();
}
