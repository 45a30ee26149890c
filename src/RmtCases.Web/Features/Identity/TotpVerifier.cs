using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// Verifies authenticator codes so that each code works once: the accepted time step is stored and
/// any step at or before it is refused. Identity's own provider accepts reuse within a wide window.
/// </summary>
public sealed class TotpVerifier(UserManager<AppUser> users, TimeProvider time)
{
    public const string Issuer = "RmtCases";

    public async Task<bool> VerifyAndConsumeAsync(AppUser user, string? code)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (key is null || digits.Length != 6)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        // One step either side allows for clock drift, no more.
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, digits, out var step, new VerificationWindow(previous: 1, future: 1))
            || step <= (user.LastTotpTimeStep ?? long.MinValue))
        {
            return false;
        }

        user.LastTotpTimeStep = step;
        // The concurrency stamp makes a second request racing with the same code fail here.
        return (await users.UpdateAsync(user)).Succeeded;
    }

    public static string EnrolmentUri(string key, string email) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
}
