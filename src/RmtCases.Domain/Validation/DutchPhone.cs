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

    /// <summary>
    /// The one way a number is shown, in the form and on the page alike: "06 12345678", "020 123 4567",
    /// "0575 123456". Showing the stored E.164 in the form would make the next save look like an edit.
    /// A value that is not a valid number (typed before validation existed) is shown as it is.
    /// </summary>
    public static string? Display(string? stored)
    {
        if (!TryNormalise(stored, out var normalised))
        {
            return string.IsNullOrWhiteSpace(stored) ? null : stored;
        }

        var national = "0" + normalised[3..];
        var areaCodeLength = national[1] == '6' ? 2 : _threeDigitAreaCodes.Contains(national[..3]) ? 3 : 4;
        return areaCodeLength switch
        {
            2 => $"{national[..2]} {national[2..]}",
            3 => $"{national[..3]} {national[3..6]} {national[6..]}",
            _ => $"{national[..4]} {national[4..]}",
        };
    }

    // Area codes of two digits after the 0 (the big cities) and the non-geographic 08x/09x numbers; every
    // other geographic area code has three (ACM numbering plan).
    private static readonly HashSet<string> _threeDigitAreaCodes =
    [
        "010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040", "043", "045", "046",
        "050", "053", "055", "058", "070", "071", "072", "073", "074", "075", "076", "077", "078", "079",
        "082", "084", "085", "087", "088", "091", "097",
    ];

    // Digits, an optional leading +, and the separators people type; anything else is not a number.
    [GeneratedRegex(@"^\s*\+?[0-9\s\-./()]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AllowedCharacters();

    // "+31 (0)6 …": the (0) is the trunk prefix written for callers from within the country.
    [GeneratedRegex(@"^(\s*(?:\+|00)\s*31)\s*\(0\)", RegexOptions.CultureInvariant)]
    private static partial Regex TrunkPrefixAfterCountryCode();

    [GeneratedRegex(@"[\s\-./()]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
