namespace RmtCases.Web.Features.Hosting;

/// <summary>The headers every response carries, from the application and from Kestrel itself alike.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> Always =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("X-Frame-Options", "DENY"),
        new("Referrer-Policy", "no-referrer"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
    ];

    /// <summary>Pages carry personal data; nothing but static assets may be cached.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> NoStore =
    [
        new("Cache-Control", "no-store"),
        new("Pragma", "no-cache"),
    ];
}
