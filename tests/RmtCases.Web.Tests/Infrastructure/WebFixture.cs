using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>
/// One application host and one database for the collection; every test starts from an empty database
/// (Respawn) and arranges what it needs with these verbs.
/// </summary>
public sealed partial class WebFixture : IAsyncLifetime
{
    public const string Password = "Lang-genoeg-wachtwoord-2026";

    private readonly Func<Task<TestDatabase>> _createDatabase;
    private readonly IDictionary<string, string?>? _settings;
    private readonly Action<IServiceCollection>? _services;
    private TestDatabase? _database;
    private RmtAppFactory? _factory;

    public WebFixture()
        : this(TestDatabase.CreateAsync)
    {
    }

    /// <summary>On a database of the test's choosing, such as one on a <see cref="PrivateCluster"/> (internal: xunit wants one public constructor).</summary>
    internal WebFixture(Func<Task<TestDatabase>> createDatabase, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _createDatabase = createDatabase;
        _settings = settings;
        _services = services;
    }

    public TestClock Clock { get; } = new();
    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");
    public RmtAppFactory Factory => _factory ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The audit trail of this database, read by action name for assertions.</summary>
    public AuditTrail Audit => new(Database);

    public async Task InitializeAsync()
    {
        _database = await _createDatabase();
        _factory = new RmtAppFactory(_database, Clock, _settings, _services);
        _ = _factory.Server;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public Task ResetAsync() => Database.ResetAsync();

    /// <summary>
    /// Seals every audit row committed so far, as the application's sealer does within a second: for tests that
    /// read the chain (hashes, links, positions) straight after writing it.
    /// </summary>
    public Task SealAuditAsync() => Factory.Services.GetRequiredService<RmtCases.Web.Features.Audit.AuditSealer>().SealNowAsync(CancellationToken.None);

    /// <summary>
    /// A client of this host (or of <paramref name="factory"/>, another instance on the same database) that keeps
    /// cookies and does not follow redirects; with <paramref name="clientAddress"/> the application sees that remote
    /// address (<see cref="TestClientAddress"/>), as the audit records it.
    /// </summary>
    public HttpClient CreateClient(RmtAppFactory? factory = null, string? clientAddress = null)
    {
        var client = Sessions.CreateClient(factory ?? Factory);
        if (clientAddress is not null)
        {
            client.DefaultRequestHeaders.Add(TestClientAddress.Header, clientAddress);
        }

        return client;
    }

    /// <summary>Runs work in a scope of the application, seeing all regions (arranging and asserting only).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, RmtDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<DataScope>().ForAllRegions();
        var db = scope.ServiceProvider.GetRequiredService<RmtDbContext>();
        return await work(scope.ServiceProvider, db);
    }

    public Task InScopeAsync(Func<IServiceProvider, RmtDbContext, Task> work) =>
        InScopeAsync(async (s, db) =>
        {
            await work(s, db);
            return true;
        });

    public Task<T> InsertAsync<T>(T entity) where T : class =>
        InScopeAsync(async (_, db) =>
        {
            db.Add(entity);
            await db.SaveChangesAsync();
            return entity;
        });

    public Task<T?> FindAsync<T>(params object[] keys) where T : class =>
        InScopeAsync(async (_, db) => await db.FindAsync<T>(keys));

    public async Task<Organisation> CreateOrganisationAsync(OrganisationType type, int regionId, string? name = null) =>
        // Unique per call; "Uwv 11 " plus a guid is shorter than 40 characters, so no fixed cut.
        await InsertAsync(new Organisation { Name = name ?? $"{type} {regionId} {Guid.NewGuid():N}", Type = type, RegionId = regionId });

    /// <summary>A user with an enrolled authenticator, and the current declaration accepted unless told otherwise.</summary>
    public Task<TestUser> CreateUserAsync(Organisation organisation, Role role = Role.Caseworker, bool declarationAccepted = true, string? email = null) =>
        InScopeAsync(async (services, db) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            email ??= $"{role.ToString().ToLowerInvariant()}.{Guid.NewGuid():N}@test.rmt";
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + role,
                OrganisationId = organisation.Id, Role = role, CreatedAt = DateTimeOffset.UtcNow,
            };
            (await users.CreateAsync(user, Password)).Succeeded.Should().BeTrue();
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            var key = (await users.GetAuthenticatorKeyAsync(user))!;
            if (declarationAccepted)
            {
                var version = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ConfidentialityOptions>>().Value.Version;
                db.ConfidentialityAcceptances.Add(new ConfidentialityAcceptance { UserId = user.Id, Version = version, AcceptedAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync();
            }

            return new TestUser(user.Id, email, key, organisation);
        });

    public string CurrentCode(TestUser user) =>
        new Totp(Base32Encoding.ToBytes(user.AuthenticatorKey)).ComputeTotp(Clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Signs in with password and a fresh authenticator code; returns a client holding the session. The one way an
    /// HTTP test signs in (the per-address rate limit is lifted in <see cref="RmtAppFactory"/>): on another instance
    /// with <paramref name="factory"/>, from an address of the test's choosing with <paramref name="clientAddress"/>.
    /// </summary>
    public async Task<HttpClient> SignInAsAsync(TestUser user, RmtAppFactory? factory = null, string? clientAddress = null) =>
        (await SignInAsync(user, CreateClient(factory, clientAddress))).Client;

    /// <summary>
    /// The same steps on the given client, with whatever cookies it already holds; returns the client and its
    /// "name=value" session cookie, to replay on another client or instance.
    /// </summary>
    public async Task<(HttpClient Client, string Cookie)> SignInAsync(TestUser user, HttpClient? client = null)
    {
        client ??= CreateClient();
        var response = await PostFormAsync(client, "/account/inloggen", new() { ["Input.Email"] = user.Email, ["Input.Password"] = Password });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the password step should pass");
        response.Headers.Location!.OriginalString.Should().StartWith("/account/tweede-stap");
        Clock.Advance(TimeSpan.FromSeconds(30));
        response = await PostFormAsync(client, "/account/tweede-stap", new() { ["Code"] = CurrentCode(user) });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the authenticator code should be accepted");
        var cookie = Sessions.SessionCookie(response);
        cookie.Should().NotBeNull("a completed sign-in sets the session cookie");
        return (client, cookie!);
    }

    /// <summary>GETs the page for its antiforgery token, then posts the form with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        token.Success.Should().BeTrue($"the page {formPage ?? url} should carry an antiforgery token (status {(int)page.StatusCode})");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>
    /// Searches the participant list as a browser does: POST the form, follow the 303 to the saved search, and
    /// read the page asked for. A refused search answers the POST itself, with its errors; that page is returned.
    /// </summary>
    public static async Task<string> SearchParticipantsAsync(HttpClient client, Dictionary<string, string> fields, int page = 1)
    {
        var response = await PostFormAsync(client, "/deelnemers", fields);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther, "a search is stored and shown by a GET");
        var location = response.Headers.Location!.OriginalString;
        location.Should().MatchRegex("^/deelnemers\\?zoekopdracht=[0-9a-f]{32}$");
        return WebUtility.HtmlDecode(await GetHtmlAsync(client, page > 1 ? $"{location}&pagina={page}" : location));
    }

    public static async Task<string> GetHtmlAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, $"GET {url}");
        return html;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
