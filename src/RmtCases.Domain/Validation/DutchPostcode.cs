using System.Text.RegularExpressions;

namespace RmtCases.Domain.Validation;

public static partial class DutchPostcode
{
    public const string Message = "Vul een geldige postcode in, bijvoorbeeld 1234 AB.";

    /// <summary>
    /// Accepts four digits and two letters with any spacing and case, and gives the PostNL
    /// writing "1234 AB". Rejects a leading 0 and the letter pairs SA, SD and SS, which PostNL
    /// does not issue.
    /// </summary>
    public static bool TryNormalise(string? input, out string normalised)
    {
        normalised = string.Empty;
        if (input is null)
        {
            return false;
        }

        var match = Pattern().Match(input);
        if (!match.Success)
        {
            return false;
        }

        var letters = match.Groups["letters"].Value.ToUpperInvariant();
        if (letters is "SA" or "SD" or "SS")
        {
            return false;
        }

        normalised = $"{match.Groups["digits"].Value} {letters}";
        return true;
    }

    [GeneratedRegex(@"^\s*(?<digits>[1-9][0-9]{3})\s*(?<letters>[A-Za-z]{2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
