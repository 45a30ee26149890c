namespace RmtCases.Web.Features.Identity;

/// <summary>What one organisation's handler is built from: the stored provider, its secret unprotected.</summary>
public sealed record SignInProviderSettings(
    Guid OrganisationId, string Issuer, string ClientId, string ClientSecret, string SubjectClaim,
    IReadOnlyList<string> SecondFactorValues, DateTimeOffset Revision);
