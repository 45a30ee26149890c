using System.Security.Cryptography;
using RmtCases.Domain.Exchange;

namespace RmtCases.Web.Features.Exchange;

/// <summary>
/// Export references such as <c>RMT-2026-K7MQ3XPA</c>: printed on every page of the PDF and stored in
/// the export record, so sender and recipient can talk about a file without naming the person.
/// </summary>
public static class ExportReference
{
    // Upper case without look-alikes (0/O, 1/I/L), read out over the phone; 31^8 is about 8.5e11.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int RandomLength = 8;

    /// <summary>A new reference; a wage-value report's reads <c>LW-K7MQ3XPA</c>, as its assessor quotes it.</summary>
    public static string New(ExportKind kind, DateTimeOffset now)
    {
        var random = string.Create(RandomLength, 0, static (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
        return ExportKinds.IsWageValueReport(kind) ? $"LW-{random}" : $"RMT-{now.Year}-{random}";
    }

    /// <summary>The server-made download name: the reference only, never a person's name.</summary>
    public static string FileName(string reference) => $"rmt-export-{reference}.pdf";
}
