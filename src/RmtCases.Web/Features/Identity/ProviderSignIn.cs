using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// Sign-in through an organisation's own provider, after the handler validated the ID token. A token never
/// makes an account: the first sign-in links the account an administrator made (same organisation, same
/// e-mail address) to the provider's subject; from then on the subject, not the address, finds it.
/// </summary>
public sealed class ProviderSignIn(
    RmtDbContext db, UserManager<AppUser> users, SignInFlow flow, SignInProviderSchemes schemes)
{
    public enum Outcome
    {
        /// <summary>No account of the organisation is linked to the subject, or could be linked.</summary>
        Unknown,
        Disabled,
        SignedIn,
        NeedsCode,
        NeedsEnrolment,
    }

    public sealed record Result(Outcome Outcome, Guid? UserId, bool Linked);

    public static string LoginProviderOf(Guid organisationId) => "sso:" + organisationId.ToString("N");

    /// <summary>The organisation whose provider signs in people with this address, if any (home-realm discovery).</summary>
    public async Task<Guid?> OrganisationForAsync(string email, CancellationToken cancellationToken)
    {
        var at = email.Trim().LastIndexOf('@');
        if (at < 0)
        {
            return null;
        }

        var domain = email.Trim()[(at + 1)..].ToLowerInvariant();
        var organisations = await db.SignInProviders.AsNoTracking()
            .Where(p => p.EmailDomains.Contains(domain))
            .Select(p => p.OrganisationId)
            .Take(1)
            .ToListAsync(cancellationToken);
        return organisations.Count == 0 ? null : organisations[0];
    }

    public async Task<Result> CompleteAsync(Guid organisationId, ClaimsPrincipal token, CancellationToken cancellationToken)
    {
        if (!schemes.TryGetSettings(SignInProviderSchemes.SchemeOf(organisationId), out var settings))
        {
            return new(Outcome.Unknown, null, false);
        }

        var subject = token.FindFirstValue(settings.SubjectClaim);
        if (string.IsNullOrEmpty(subject))
        {
            return new(Outcome.Unknown, null, false);
        }

        var loginProvider = LoginProviderOf(organisationId);
        var linked = false;
        var user = await users.FindByLoginAsync(loginProvider, subject);
        if (user is null)
        {
            user = await LinkableAccountAsync(organisationId, loginProvider, token, cancellationToken);
            if (user is null)
            {
                return new(Outcome.Unknown, null, false);
            }

            if (user.IsDisabled)
            {
                return new(Outcome.Disabled, user.Id, false);
            }

            var added = await users.AddLoginAsync(user, new UserLoginInfo(loginProvider, subject, null));
            if (!added.Succeeded)
            {
                // Another sign-in linked the same subject a moment ago.
                return new(Outcome.Unknown, user.Id, false);
            }

            linked = true;
        }

        if (user.IsDisabled)
        {
            return new(Outcome.Disabled, user.Id, linked);
        }

        if (user.OrganisationId != organisationId)
        {
            // Moved to another organisation since: its provider no longer speaks for the account.
            return new(Outcome.Unknown, user.Id, linked);
        }

        var secondFactorDone = settings.SecondFactorValues.Count > 0
            && (settings.SecondFactorValues.Contains(token.FindFirstValue("acr") ?? "", StringComparer.Ordinal)
                || token.FindAll("amr").Any(a => settings.SecondFactorValues.Contains(a.Value, StringComparer.Ordinal)));
        var outcome = await flow.ProviderVerifiedAsync(user, organisationId, secondFactorDone);
        return new(outcome switch
        {
            SignInFlow.PasswordOutcome.SignedIn => Outcome.SignedIn,
            SignInFlow.PasswordOutcome.NeedsCode => Outcome.NeedsCode,
            _ => Outcome.NeedsEnrolment,
        }, user.Id, linked);
    }

    /// <summary>An account of this organisation with the token's address, not yet linked to any subject of its provider.</summary>
    private async Task<AppUser?> LinkableAccountAsync(Guid organisationId, string loginProvider, ClaimsPrincipal token, CancellationToken cancellationToken)
    {
        var email = token.FindFirstValue("email");
        if (string.IsNullOrWhiteSpace(email) || token.FindFirstValue("email_verified") is "false")
        {
            return null;
        }

        var normalized = users.NormalizeEmail(email.Trim());
        var id = await db.Users
            .Where(u => u.NormalizedEmail == normalized && u.OrganisationId == organisationId)
            .Where(u => !db.UserLogins.Any(l => l.UserId == u.Id && l.LoginProvider == loginProvider))
            .Select(u => (Guid?)u.Id)
            .SingleOrDefaultAsync(cancellationToken);
        return id is null ? null : await users.FindByIdAsync(id.Value.ToString());
    }
}
