namespace RmtCases.Domain.Validation;

/// <summary>
/// A pragmatic e-mail check: it catches typing mistakes, not every address RFC 5322 allows.
/// Whether an address works is proven only by mail arriving. Trim the input before checking.
/// </summary>
public static class Email
{
    public const string Message = "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.";

    // RFC 5321: a forward-path is at most 256 characters including the angle brackets.
    public const int MaxLength = 254;

    public static bool IsValid(string? input)
    {
        if (string.IsNullOrEmpty(input) || input.Length > MaxLength || input.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var at = input.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != input.LastIndexOf('@'))
        {
            return false;
        }

        var domain = input[(at + 1)..];
        return domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.') && !domain.EndsWith('.')
            && !domain.StartsWith('-') && !domain.EndsWith('-')
            && !domain.Contains("..", StringComparison.Ordinal);
    }
}
