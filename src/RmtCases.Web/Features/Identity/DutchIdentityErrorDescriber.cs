using Microsoft.AspNetCore.Identity;

namespace RmtCases.Web.Features.Identity;

public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Een wachtwoord heeft minstens {length} tekens." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = "Er bestaat al een account met dit e-mailadres." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = "Er bestaat al een account met deze gebruikersnaam." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "Vul een geldig e-mailadres in." };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "Deze link is ongeldig of al gebruikt." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Iemand anders heeft dit account intussen gewijzigd. Laad de pagina opnieuw." };
}
