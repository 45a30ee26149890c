namespace RmtCases.Web.Features.Identity;

/// <summary>
/// An organisation's own OpenID Provider. People of the organisation whose address ends in one of
/// <see cref="EmailDomains"/> are sent there to sign in; the account is still made by an administrator.
/// </summary>
public sealed class SignInProvider
{
    public Guid OrganisationId { get; set; }

    /// <summary>Exactly as the provider's discovery document and its tokens name it.</summary>
    public required string Issuer { get; set; }

    public required string ClientId { get; set; }

    /// <summary>Protected with Data Protection (<see cref="SignInProviderSecrets"/>); never shown again.</summary>
    public required string ProtectedClientSecret { get; set; }

    /// <summary>The claim whose value identifies the person at the provider, once linked.</summary>
    public string SubjectClaim { get; set; } = "sub";

    /// <summary>acr or amr values that show the provider asked a second factor; without one, RmtCases asks its own.</summary>
    public List<string> SecondFactorValues { get; set; } = [];

    /// <summary>Lower case, without '@'.</summary>
    public List<string> EmailDomains { get; set; } = [];

    /// <summary>Changes with every save: each instance rebuilds its handler for the provider when it differs.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
