using System.Security.Cryptography;

namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// Passwords for encrypted exports, shown once to be read aloud or typed over, as
/// <c>Xk7m-Pq3r-Hb9t-Wc4e-Nd8f</c>: five groups of four characters, about 115 bits.
/// The hyphens are part of the password: what is shown is exactly what is typed, so nobody
/// has to be told to leave them out.
/// </summary>
public static class ExportPassword
{
    /// <summary>Letters and digits without look-alikes: no 0/O/o, 1/I/i/l.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

    public const int GroupCount = 5;
    public const int GroupLength = 4;
    public const char Separator = '-';

    public static string Generate() =>
        string.Create(GroupCount * (GroupLength + 1) - 1, 0, static (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                // GetInt32 draws uniformly from the range: no modulo bias.
                chars[i] = (i + 1) % (GroupLength + 1) == 0
                    ? Separator
                    : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
}
