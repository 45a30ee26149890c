using Microsoft.AspNetCore.DataProtection;

namespace RmtCases.Web.Features.Identity;

/// <summary>The client secrets of the organisations' providers, protected at rest with the application's Data Protection keys.</summary>
public sealed class SignInProviderSecrets(IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("RmtCases.SignInProvider.ClientSecret.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
