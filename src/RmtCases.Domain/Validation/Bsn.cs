using System.Text.RegularExpressions;

namespace RmtCases.Domain.Validation;

/// <summary>
/// Finds a burgerservicenummer in free text, so a page can warn before one is saved where it does
/// not belong (a note, a summary, an export).
/// </summary>
/// <remarks>
/// An RSIN uses the same eleven-test and is indistinguishable from a BSN; for a sole
/// proprietor it is the BSN, so a hit on one is not a false alarm worth avoiding.
/// </remarks>
public static partial class Bsn
{
    public const string FoundInTextMessage =
        "Deze tekst lijkt een burgerservicenummer (BSN) te bevatten. Een BSN hoort hier niet; haal het weg.";

    /// <summary>Whether exactly nine digits pass the eleven-test.</summary>
    public static bool IsValid(string? bsn) =>
        bsn is { Length: 9 } && bsn.All(char.IsAsciiDigit) && PassesElevenTest(bsn);

    /// <summary>
    /// Whether the text contains a nine-digit number, written as 123456782, 1234.56.782 or
    /// 123 456 782 (dots or spaces), that passes the eleven-test.
    /// </summary>
    /// <remarks>
    /// A candidate must stand apart from other digits: a ten-digit phone number, an IBAN's account
    /// number or an amount such as 1.123.456.782 or 123.456.782,00 contains nine digits in a row
    /// but is not a BSN. A grouped candidate must also not continue a spaced number
    /// (+31 612 345 678); an ungrouped one may follow other numbers (huisnummer 12 123456782).
    /// </remarks>
    public static bool ContainsBsn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (Match match in Candidates().Matches(text))
        {
            var digits = string.Concat(match.Value.Where(char.IsAsciiDigit));
            if (PassesElevenTest(digits))
            {
                return true;
            }
        }

        return false;
    }

    // The BSN eleven-test (elfproef): 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is divisible by 11.
    // 000000000 passes the sum but is no number.
    private static bool PassesElevenTest(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (nineDigits[i] - '0');
        }

        sum -= nineDigits[8] - '0';
        return sum % 11 == 0 && nineDigits.Any(c => c != '0');
    }

    // [0-9], not \d: \d also matches Arabic-Indic and other digits, which no BSN is written in.
    // Separators: space, no-break space (pasted from a word processor) or dot, the same one twice.
    [GeneratedRegex("""
        (?<![0-9])(?<![0-9][.,])(?<![€$]\s?)
        (?:
            [0-9]{9}
          | (?<![0-9]\s)
            (?:[0-9]{4}(?<sep>[\x20\xA0.])[0-9]{2}\k<sep>[0-9]{3}
             | [0-9]{3}(?<sep>[\x20\xA0.])[0-9]{3}\k<sep>[0-9]{3})
            (?!\s[0-9])
        )
        (?![0-9])(?![.,][0-9])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Candidates();
}
