using System.Text;

namespace RmtCases.Domain.Validation;

/// <summary>
/// Typed text (names, addresses, employers) as it is stored: trimmed, in Unicode NFC, and without characters
/// that are invisible or change how the text around them is shown. Such characters arrive with copied text
/// (or on purpose): a right-to-left override shows a name reversed, a zero-width space makes "Jansen" miss
/// the search for "Jansen", and PostgreSQL cannot store a NUL at all.
/// </summary>
public static class PlainText
{
    public const string BidiMessage =
        "Deze tekst bevat een onzichtbaar teken dat de leesrichting verandert. Typ de tekst opnieuw in plaats van die te plakken.";

    public const string ZeroWidthMessage =
        "Deze tekst bevat een onzichtbaar teken zonder breedte. Typ de tekst opnieuw in plaats van die te plakken.";

    public const string ControlMessage =
        "Deze tekst bevat een stuurteken of een onleesbaar teken (zoals een tab, een regeleinde, een nulteken of �). Gebruik alleen letters, cijfers, spaties en leestekens.";

    /// <summary>What is stored of a valid text: trimmed and composed, so "e" + U+0301 is one "é" and searches alike.</summary>
    public static string Normalise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The length of the stored form, in UTF-16 code units (at least the number of characters PostgreSQL counts).</summary>
    public static int StoredLength(string value) => Normalise(value).Length;

    /// <param name="value">The text as typed; null or empty is valid here (whether it is required is the caller's rule).</param>
    public static ValidationResult Validate(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            return ValidationResult.Success;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (Message(c) is { } message)
            {
                return ValidationResult.Failure(field, message);
            }
        }

        return ValidationResult.Success;
    }

    private static string? Message(char c) => c switch
    {
        // Unicode's Bidi_Control characters: the embeddings and overrides (U+202A–U+202E), the isolates
        // (U+2066–U+2069) and the three marks, which are as invisible as the others.
        '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => BidiMessage,
        (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF' => ZeroWidthMessage,
        // C0 and C1 controls (NUL, tab, line breaks), the line and paragraph separators, a lone surrogate (not a
        // character at all) and U+FFFD, which stands for what could not be read (the web layer puts it where a form held a NUL).
        _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFD' || char.IsSurrogate(c) => ControlMessage,
        _ => null,
    };
}
