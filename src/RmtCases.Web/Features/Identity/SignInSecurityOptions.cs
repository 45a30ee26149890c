namespace RmtCases.Web.Features.Identity;

public sealed class SignInSecurityOptions
{
    /// <summary>Two-factor sign-in; enforced outside the demo environment.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>
    /// Password attempts per client address per minute at one instance. Behind a proxy without
    /// forwarded headers every client shares one address, so this must be tunable.
    /// </summary>
    public int AttemptsPerAddressPerMinute { get; set; } = 30;

    public int AttemptsPerUserNamePerMinute { get; set; } = 10;
}
