using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin.Organisations;

/// <summary>The organisation's own OpenID Provider: set, change or switch off.</summary>
public sealed partial class SignInModel(
    RmtDbContext db, AuditLog audit, SignInProviderSecrets secrets, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<HostingOptions> hosting)
    : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public sealed class InputModel
    {
        public string? Issuer { get; set; }
        public string? ClientId { get; set; }
        public string? ClientSecret { get; set; }
        public string? SubjectClaim { get; set; } = "sub";
        public string? EmailDomains { get; set; }
        public string? SecondFactorValues { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "melding")]
    public string? Notice { get; set; }

    public string OrganisationName { get; private set; } = "";
    public bool HasProvider { get; private set; }
    public string CallbackUrl { get; private set; } = "";
    public string SignedOutUrl { get; private set; } = "";

    public string? NoticeText => Notice switch
    {
        "opgeslagen" => "Inloggen via de organisatie is opgeslagen.",
        "uitgezet" => "Inloggen via de organisatie staat uit. De koppelingen met de provider zijn verwijderd.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (await db.SignInProviders.AsNoTracking().SingleOrDefaultAsync(p => p.OrganisationId == id, cancellationToken) is { } stored)
        {
            Input = new InputModel
            {
                Issuer = stored.Issuer, ClientId = stored.ClientId, SubjectClaim = stored.SubjectClaim,
                EmailDomains = string.Join('\n', stored.EmailDomains), SecondFactorValues = string.Join('\n', stored.SecondFactorValues),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var issuer = Input.Issuer?.Trim() ?? "";
        if (!IsIssuer(issuer))
        {
            ModelState.AddModelError("Input.Issuer", "Vul het adres (issuer) van de provider in, beginnend met https://, zonder ? of #.");
        }

        var clientId = Input.ClientId?.Trim() ?? "";
        if (clientId.Length is 0 or > 200)
        {
            ModelState.AddModelError("Input.ClientId", "Vul de client-ID in die de provider voor RmtCases gaf (hoogstens 200 tekens).");
        }

        var secret = Input.ClientSecret ?? "";
        if (secret.Length == 0 && !HasProvider)
        {
            ModelState.AddModelError("Input.ClientSecret", "Vul het clientgeheim in dat de provider voor RmtCases gaf.");
        }
        else if (secret.Length > 1000)
        {
            ModelState.AddModelError("Input.ClientSecret", "Een clientgeheim heeft hoogstens 1000 tekens.");
        }

        var claim = Input.SubjectClaim?.Trim() ?? "";
        if (!ClaimName().IsMatch(claim))
        {
            ModelState.AddModelError("Input.SubjectClaim", "Vul de naam van één claim in, zoals sub of oid (letters, cijfers, _ : . -).");
        }

        var domains = Lines(Input.EmailDomains).Select(d => d.TrimStart('@').ToLowerInvariant()).Distinct().ToList();
        if (domains.Count == 0 || domains.Count > 20 || domains.Any(d => !DomainName().IsMatch(d)))
        {
            ModelState.AddModelError("Input.EmailDomains", "Vul één tot twintig e-maildomeinen in, één per regel, zoals gemeente.nl.");
        }
        else if (await db.SignInProviders.AsNoTracking()
                     .Where(p => p.OrganisationId != id && p.EmailDomains.Any(d => domains.Contains(d)))
                     .Select(p => p.EmailDomains).FirstOrDefaultAsync(cancellationToken) is { } taken)
        {
            ModelState.AddModelError("Input.EmailDomains", $"Het domein {domains.First(taken.Contains)} hoort al bij een andere organisatie.");
        }

        var factors = Lines(Input.SecondFactorValues).Distinct(StringComparer.Ordinal).ToList();
        if (factors.Count > 20 || factors.Any(f => f.Length > 200 || f.Any(char.IsWhiteSpace)))
        {
            ModelState.AddModelError("Input.SecondFactorValues", "Vul hoogstens twintig waarden in, één per regel, zonder spaties.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var provider = await db.SignInProviders.SingleOrDefaultAsync(p => p.OrganisationId == id, cancellationToken);
        var changedIssuer = provider is not null && provider.Issuer != issuer;
        if (provider is null)
        {
            provider = new SignInProvider { OrganisationId = id, Issuer = issuer, ClientId = clientId, ProtectedClientSecret = secrets.Protect(secret) };
            db.SignInProviders.Add(provider);
        }

        provider.Issuer = issuer;
        provider.ClientId = clientId;
        if (secret.Length > 0)
        {
            provider.ProtectedClientSecret = secrets.Protect(secret);
        }

        provider.SubjectClaim = claim;
        provider.EmailDomains = domains;
        provider.SecondFactorValues = factors;
        provider.UpdatedAt = time.GetUtcNow();
        audit.Add(AuditActions.SignInProviderChanged, subjectId: id, fields: secret.Length > 0 ? ["client_secret", "provider"] : ["provider"]);
        await db.SaveChangesAsync(cancellationToken);
        if (changedIssuer)
        {
            // Another provider's subjects say nothing about this one's people.
            await RemoveLinksAsync(id, cancellationToken);
        }

        return Redirect($"/beheer/organisaties/{id}/inloggen?melding=opgeslagen");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await db.SignInProviders.Where(p => p.OrganisationId == id).ExecuteDeleteAsync(cancellationToken);
        await RemoveLinksAsync(id, cancellationToken);
        await audit.RecordAsync(AuditActions.SignInProviderChanged, subjectId: id, fields: ["removed"], cancellationToken: cancellationToken);
        return Redirect($"/beheer/organisaties/{id}/inloggen?melding=uitgezet");
    }

    private Task RemoveLinksAsync(Guid id, CancellationToken cancellationToken)
    {
        var loginProvider = ProviderSignIn.LoginProviderOf(id);
        return db.UserLogins.Where(l => l.LoginProvider == loginProvider).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return false;
        }

        OrganisationName = name;
        HasProvider = await db.SignInProviders.AnyAsync(p => p.OrganisationId == id, cancellationToken);
        var publicBase = hosting.Value.PublicBaseUrl ?? new Uri($"{Request.Scheme}://{Request.Host}");
        CallbackUrl = new Uri(publicBase, SignInProviderSchemes.CallbackPathOf(id)).AbsoluteUri;
        SignedOutUrl = new Uri(publicBase, "/account/uitloggen").AbsoluteUri;
        return true;
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool IsIssuer(string value) =>
        value.Length <= 500
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;

    [GeneratedRegex("^[A-Za-z0-9_:.-]{1,100}$")]
    private static partial Regex ClaimName();

    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$")]
    private static partial Regex DomainName();
}
