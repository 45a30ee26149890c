using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// The options of an organisation's scheme: authorization code flow with PKCE, state and nonce (the handler's),
/// issuer and audience pinned to what the administrator configured, lifetimes checked on the application's
/// clock with a bounded skew. The handler's default redirect URI is built from the Host header; ours is
/// built on the configured public address.
/// </summary>
public sealed class SignInProviderOptionsSetup(SignInProviderSchemes schemes, TimeProvider time, IOptions<HostingOptions> hosting)
    : IConfigureNamedOptions<OpenIdConnectOptions>
{
    /// <summary>How far the provider's clock may differ from ours.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(2);

    public const string OrganisationKey = "rmt.sso_org";

    public void Configure(OpenIdConnectOptions options)
    {
    }

    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (!schemes.TryGetSettings(name, out var settings))
        {
            return;
        }

        options.Authority = settings.Issuer;
        // Loopback is the test and demo provider; anything else is reached over https only.
        options.RequireHttpsMetadata = !IsLoopback(settings.Issuer);
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.FormPost;
        options.UsePkce = true;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("email");
        options.CallbackPath = SignInProviderSchemes.CallbackPathOf(settings.OrganisationId);
        // Not used, but each handler listens on its own paths.
        options.SignedOutCallbackPath = $"/account/sso/{settings.OrganisationId:N}/afgemeld";
        options.RemoteSignOutPath = $"/account/sso/{settings.OrganisationId:N}/afmelden";
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        // The handler drops these by default; they tell whether the provider asked a second factor.
        options.ClaimActions.Remove("acr");
        options.ClaimActions.Remove("amr");
        options.SaveTokens = false;
        options.TimeProvider = time;
        options.DisableTelemetry = true;
        options.RemoteAuthenticationTimeout = TimeSpan.FromMinutes(10);

        var validation = options.TokenValidationParameters;
        // OpenID Connect Discovery 1.0, 4.3: the issuer is the configured one, not whatever the document says.
        validation.ValidIssuer = settings.Issuer;
        // Without this, the handler also accepts the issuer of the discovery document it fetched.
        validation.IssuerValidator = (issuer, _, _) => string.Equals(issuer, settings.Issuer, StringComparison.Ordinal)
            ? issuer
            : throw new Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException("The token's issuer is not the configured one.");
        validation.ValidAudience = settings.ClientId;
        validation.RequireExpirationTime = true;
        validation.ValidateLifetime = true;
        validation.ClockSkew = MaxClockSkew;
        validation.LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            return expires is { } end && end.ToUniversalTime() > now - MaxClockSkew
                && (notBefore is not { } start || start.ToUniversalTime() <= now + MaxClockSkew);
        };
        validation.NameClaimType = "sub";

        options.Events = new OpenIdConnectEvents
        {
            OnRedirectToIdentityProvider = context =>
            {
                if (hosting.Value.PublicBaseUrl is { } publicBase)
                {
                    context.ProtocolMessage.RedirectUri = new Uri(publicBase, options.CallbackPath.Value).AbsoluteUri;
                }

                return Task.CompletedTask;
            },
            OnRemoteFailure = async context =>
            {
                // The reason is recorded as a kind, never the message: it may quote the token.
                var reason = context.Failure switch
                {
                    Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException => "issuer",
                    Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException => "audience",
                    Microsoft.IdentityModel.Tokens.SecurityTokenInvalidLifetimeException
                        or Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException => "lifetime",
                    Microsoft.IdentityModel.Tokens.SecurityTokenInvalidSignatureException
                        or Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException => "signature",
                    OpenIdConnectProtocolInvalidNonceException => "nonce",
                    AuthenticationFailureException when context.Failure.Message.Contains("Correlation", StringComparison.Ordinal) => "state",
                    _ => "protocol",
                };
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<SignInProviderOptionsSetup>()
                    .LogWarning("Sign-in through the provider of organisation {OrganisationId} failed: {Reason} ({FailureType})",
                        settings.OrganisationId, reason, context.Failure?.GetType().Name);
                await context.HttpContext.RequestServices.GetRequiredService<AuditLog>().RecordAsync(
                    AuditActions.SignInFailed, fields: ["sso", "sso_" + reason], outcome: AuditOutcomes.Failed,
                    subjectId: settings.OrganisationId, cancellationToken: context.HttpContext.RequestAborted);
                context.Response.Redirect("/account/sso/geweigerd?reden=mislukt");
                context.HandleResponse();
            },
        };
    }

    private static bool IsLoopback(string issuer) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)));
}
