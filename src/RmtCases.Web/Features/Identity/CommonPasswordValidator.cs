using Microsoft.AspNetCore.Identity;

namespace RmtCases.Web.Features.Identity;

/// <summary>Refuses passwords from a short list of the most common ones (NIST SP 800-63B, 5.1.1.2).</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly HashSet<string> _common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "password1234", "passwordpassword", "wachtwoord12",
        "wachtwoord123", "wachtwoord1234", "welkomwelkom", "welkom123456", "qwertyuiop12", "qwertyuiopas",
        "iloveyou1234", "aaaaaaaaaaaa", "111111111111", "000000000000", "abcdefghijkl", "abc123abc123",
        "letmein12345", "adminadmin12", "administrator", "zomer2026!!!", "winter2026!!", "voorjaar2026",
        "Welkom01Welkom01", "Password123!", "Wachtwoord123!", "P@ssw0rd1234", "changeme1234",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is not null && (_common.Contains(password)
            || password.Contains(user.UserName ?? "\0", StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Dit wachtwoord is te gangbaar of bevat uw gebruikersnaam. Kies een ander wachtwoord.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }
}
