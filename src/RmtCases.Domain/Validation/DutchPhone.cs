using System.Text.RegularExpressions;

namespace RmtCases.Domain.Validation;

/// <summary>
/// Dutch telephone numbers, normalised to E.164 without spaces: "+31612345678".
/// </summary>
/// <remarks>
/// E.164 makes two writings of one number equal, and works as a <c>tel:</c> link. Grouping for
/// display depends on the length of the area code (020 against 0575), which needs a table and
/// belongs to the page. Accepted: the ten-digit numbers with a nine-digit subscriber part
/// (mobile, geographic, 085/088) written as 06…, 020-…, (020) …, +31 6 …, +31 (0)6 … or 0031….
/// Not accepted: foreign numbers and the shorter 0800/0900 service numbers, which are no way to
/// reach a person.
/// </remarks>
public static partial class DutchPhone
{
    public const string Message = "Vul een geldig Nederlands telefoonnummer in, bijvoorbeeld 06 12345678 of 020 123 4567.";

    public static bool TryNormalise(string? input, out string normalised)
    {
        normalised = string.Empty;
        if (string.IsNullOrWhiteSpace(input) || !AllowedCharacters().IsMatch(input))
        {
            return false;
        }

        var compact = Separators().Replace(TrunkPrefixAfterCountryCode().Replace(input, "$1"), string.Empty);
        var subscriber = compact switch
        {
            ['+', '3', '1', .. var rest] => rest,
            ['0', '0', '3', '1', .. var rest] => rest,
            ['0', .. var rest] when !compact.StartsWith("00", StringComparison.Ordinal) => rest,
            _ => null,
        };

        if (subscriber is not { Length: 9 } || subscriber[0] == '0' || !subscriber.All(char.IsAsciiDigit))
        {
            return false;
        }

        normalised = "+31" + subscriber;
        return true;
    }

    // Digits, an optional leading +, and the separators people type; anything else is not a number.
    [GeneratedRegex(@"^\s*\+?[0-9\s\-./()]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AllowedCharacters();

    // "+31 (0)6 …": the (0) is the trunk prefix written for callers from within the country.
    [GeneratedRegex(@"^(\s*(?:\+|00)\s*31)\s*\(0\)", RegexOptions.CultureInvariant)]
    private static partial Regex TrunkPrefixAfterCountryCode();

    [GeneratedRegex(@"[\s\-./()]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
