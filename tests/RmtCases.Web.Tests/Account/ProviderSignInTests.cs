using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Account;

/// <summary>
/// Sign-in through the organisation's own OpenID Provider, over HTTP against the real provider on loopback:
/// the address form, the provider's sign-in, its answer posted back, the token validated by the handler.
/// </summary>
[Collection(SsoCollection.Name)]
public sealed class ProviderSignInTests(SsoFixture sso) : IAsyncLifetime
{
    private WebFixture Web => sso.Web;

    public Task InitializeAsync() => Web.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_address_of_an_organisation_with_a_provider_leads_there_and_the_first_sign_in_links_the_account()
    {
        var organisation = await sso.ArrangeOrganisationAsync();
        var anna = await Web.CreateUserAsync(organisation, email: "anna@sso.test");
        var client = Web.CreateClient();

        var (_, callback) = await ThroughProviderAsync(client, anna.Email, "anna");

        var completed = await CompleteAsync(client, callback);
        completed.Should().Be("/", "the provider's second factor counts, so no local code is asked");
        (await Sessions.IsSignedInAsync(client)).Should().BeTrue();
        var link = await Web.InScopeAsync(async (_, db) => await db.UserLogins.AsNoTracking().SingleAsync(l => l.UserId == anna.Id));
        link.LoginProvider.Should().Be(ProviderSignIn.LoginProviderOf(organisation.Id));
        link.ProviderKey.Should().Be("anna-0001");
        (await AuditAsync(AuditActions.SignInSucceeded)).Should().ContainSingle(a => a.UserId == anna.Id && a.Fields == "sso,sso_linked");
    }

    [Fact]
    public async Task Once_linked_the_subject_not_the_address_identifies_the_account()
    {
        var organisation = await sso.ArrangeOrganisationAsync();
        var anna = await Web.CreateUserAsync(organisation, email: "anna@sso.test");
        var first = Web.CreateClient();
        await CompleteAsync(first, (await ThroughProviderAsync(first, anna.Email, "anna")).Callback);
        // The account's address changes at RmtCases; the provider still sends anna@sso.test.
        await Web.InScopeAsync(async (_, db) =>
            await db.Users.Where(u => u.Id == anna.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, "anna.nieuw@elders.test").SetProperty(x => x.NormalizedEmail, "ANNA.NIEUW@ELDERS.TEST")));
        var other = await Web.CreateUserAsync(organisation, email: "tweede@sso.test");

        var client = Web.CreateClient();
        (await CompleteAsync(client, (await ThroughProviderAsync(client, "iemand@sso.test", "anna")).Callback)).Should().Be("/");

        var succeeded = await AuditAsync(AuditActions.SignInSucceeded);
        succeeded.Should().HaveCount(2).And.OnlyContain(a => a.UserId == anna.Id);
        succeeded.Last().Fields.Should().Be("sso", "the second sign-in found the link");
        (await Web.InScopeAsync(async (_, db) => await db.UserLogins.CountAsync(l => l.UserId == other.Id))).Should().Be(0);
    }

    [Fact]
    public async Task A_subject_without_an_account_is_refused_in_Dutch_and_audited()
    {
        var organisation = await sso.ArrangeOrganisationAsync();
        // carla@sso.test has no account; an account of another organisation with her address does not count.
        var elsewhere = await Web.CreateOrganisationAsync(OrganisationType.Uwv, 11);
        var namesake = await Web.CreateUserAsync(elsewhere, email: "carla@sso.test");
        var client = Web.CreateClient();

        var response = await PostCallbackAsync(client, (await ThroughProviderAsync(client, "carla@sso.test", "carla")).Callback);
        var complete = await client.GetAsync(response.Headers.Location);

        complete.StatusCode.Should().Be(HttpStatusCode.Redirect);
        complete.Headers.Location!.OriginalString.Should().Be("/account/sso/geweigerd?reden=onbekend");
        (await WebFixture.GetHtmlAsync(client, complete.Headers.Location.OriginalString)).Should().Contain("RmtCases heeft geen account voor u");
        (await Sessions.IsSignedInAsync(client)).Should().BeFalse();
        (await AuditAsync(AuditActions.SignInFailed)).Should().ContainSingle(a =>
            a.Fields == "sso,sso_unknown" && a.Outcome == AuditOutcomes.Refused && a.SubjectId == organisation.Id && a.UserId == null);
        (await Web.InScopeAsync(async (_, db) => await db.UserLogins.CountAsync(l => l.UserId == namesake.Id))).Should().Be(0);
    }

    [Fact]
    public async Task A_disabled_account_is_refused_and_disabling_ends_a_provider_session_at_once()
    {
        var organisation = await sso.ArrangeOrganisationAsync();
        var anna = await Web.CreateUserAsync(organisation, email: "anna@sso.test");
        var client = Web.CreateClient();
        await CompleteAsync(client, (await ThroughProviderAsync(client, anna.Email, "anna")).Callback);
        (await Sessions.IsSignedInAsync(client)).Should().BeTrue();

        var admin = await Web.CreateUserAsync(await Web.CreateOrganisationAsync(OrganisationType.Administration, 11), Role.Administrator);
        var adminClient = await Web.SignInAsAsync(admin);
        (await WebFixture.PostFormAsync(adminClient, $"/beheer/gebruikers/{anna.Id}?handler=Disable", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Sessions.IsSignedInAsync(client)).Should().BeFalse("disabling ends the session whatever the provider says");

        var again = Web.CreateClient();
        var response = await PostCallbackAsync(again, (await ThroughProviderAsync(again, anna.Email, "anna")).Callback);
        var complete = await again.GetAsync(response.Headers.Location);
        complete.Headers.Location!.OriginalString.Should().Be("/account/sso/geweigerd?reden=uitgeschakeld");
        (await WebFixture.GetHtmlAsync(again, complete.Headers.Location.OriginalString)).Should().Contain("Uw account bij RmtCases is uitgeschakeld");
        (await AuditAsync(AuditActions.SignInFailed)).Should().ContainSingle(a => a.Fields == "sso,sso_disabled" && a.UserId == anna.Id);
    }

    [Fact]
    public async Task A_token_from_another_issuer_than_configured_is_refused()
    {
        // The same server under another name: discovery works, but its tokens name their own issuer.
        var organisation = await sso.ArrangeOrganisationAsync(SsoFixture.MisnamedOrganisation, sso.Provider.OtherName);
        await Web.CreateUserAsync(organisation, email: "anna@misnamed.test");
        var client = Web.CreateClient();

        var response = await PostCallbackAsync(client, (await ThroughProviderAsync(client, "anna@misnamed.test", "anna")).Callback);

        response.Headers.Location!.OriginalString.Should().Be("/account/sso/geweigerd?reden=mislukt");
        (await Sessions.IsSignedInAsync(client)).Should().BeFalse();
        (await AuditAsync(AuditActions.SignInFailed)).Should().ContainSingle(a => a.Fields == "sso,sso_issuer" && a.SubjectId == organisation.Id);
    }

    [Fact]
    public async Task A_replayed_state_is_refused()
    {
        var organisation = await sso.ArrangeOrganisationAsync();
        var anna = await Web.CreateUserAsync(organisation, email: "anna@sso.test");
        var client = Web.CreateClient();
        var (_, callback) = await ThroughProviderAsync(client, anna.Email, "anna");
        await CompleteAsync(client, callback);

        var replay = await PostCallbackAsync(client, callback);

        replay.StatusCode.Should().Be(HttpStatusCode.Redirect);
        replay.Headers.Location!.OriginalString.Should().Be("/account/sso/geweigerd?reden=mislukt");
        (await AuditAsync(AuditActions.SignInFailed)).Should().ContainSingle(a => a.Fields == "sso,sso_state");
        (await AuditAsync(AuditActions.SignInSucceeded)).Should().ContainSingle();
        (await Web.InScopeAsync(async (_, db) => await db.AuthSessions.CountAsync(s => s.UserId == anna.Id))).Should().Be(1);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var organisation = await sso.ArrangeOrganisationAsync();
        await Web.CreateUserAsync(organisation, email: "anna@sso.test");
        var client = Web.CreateClient();
        var (_, callback) = await ThroughProviderAsync(client, "anna@sso.test", "anna");

        // The provider's ID tokens live an hour; two hours on, past the bounded skew, this one has expired.
        var ahead = TimeSpan.FromHours(2);
        Web.Clock.Advance(ahead);
        HttpResponseMessage response;
        try
        {
            response = await PostCallbackAsync(client, callback);
        }
        finally
        {
            Web.Clock.Advance(-ahead);
        }

        response.Headers.Location!.OriginalString.Should().Be("/account/sso/geweigerd?reden=mislukt");
        (await Sessions.IsSignedInAsync(client)).Should().BeFalse();
        (await AuditAsync(AuditActions.SignInFailed)).Should().ContainSingle(a => a.Fields == "sso,sso_lifetime");
    }

    [Fact]
    public async Task Without_the_configured_acr_the_local_second_factor_is_asked()
    {
        var organisation = await sso.ArrangeOrganisationAsync();
        var bert = await Web.CreateUserAsync(organisation, email: "bert@sso.test");
        var client = Web.CreateClient();

        var next = await CompleteAsync(client, (await ThroughProviderAsync(client, bert.Email, "bert")).Callback);

        next.Should().StartWith("/account/tweede-stap");
        (await Sessions.IsSignedInAsync(client)).Should().BeFalse("the provider's password alone is not enough");
        Web.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = await WebFixture.PostFormAsync(client, "/account/tweede-stap", new() { ["Code"] = Web.CurrentCode(bert) });
        code.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Sessions.IsSignedInAsync(client)).Should().BeTrue();
        (await AuditAsync(AuditActions.SignInSucceeded)).Should().ContainSingle(a => a.UserId == bert.Id && a.Fields == "code,password");
        (await Web.InScopeAsync(async (_, db) => await db.UserLogins.CountAsync(l => l.UserId == bert.Id))).Should().Be(1, "linked at the provider step");
    }

    [Fact]
    public async Task Other_addresses_get_the_password_step_whether_or_not_they_have_an_account()
    {
        await sso.ArrangeOrganisationAsync();
        var local = await Web.CreateUserAsync(await Web.CreateOrganisationAsync(OrganisationType.Uwv, 11));
        foreach (var email in new[] { local.Email, "niemand@test.rmt" })
        {
            var client = Web.CreateClient();
            var response = await WebFixture.PostFormAsync(client, "/account/inloggen?handler=Email", new() { ["Input.Email"] = email }, formPage: "/account/inloggen");
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var html = await response.Content.ReadAsStringAsync();
            html.Should().Contain("type=\"password\"").And.Contain(WebUtility.HtmlEncode(email));
            html.Should().NotContain("Er is een probleem");
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_offers_the_providers_end_session_endpoint()
    {
        var organisation = await sso.ArrangeOrganisationAsync();
        var anna = await Web.CreateUserAsync(organisation, email: "anna@sso.test");
        var client = Web.CreateClient();
        await CompleteAsync(client, (await ThroughProviderAsync(client, anna.Email, "anna")).Callback);

        var signOut = await WebFixture.PostFormAsync(client, "/account/uitloggen", [], formPage: "/");
        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signOut.Headers.Location!.OriginalString.Should().Be($"/account/uitloggen?organisatie={organisation.Id}");
        var html = await WebFixture.GetHtmlAsync(client, signOut.Headers.Location.OriginalString);

        html.Should().Contain("Ook uitloggen bij uw organisatie")
            .And.Contain(WebUtility.HtmlEncode($"{sso.Provider.Issuer}/session/end?client_id={TestOpenIdProvider.ClientId}&post_logout_redirect_uri=https%3A%2F%2Frmt.test%2Faccount%2Fuitloggen"));
        (await Web.InScopeAsync(async (_, db) => await db.AuthSessions.CountAsync(s => s.UserId == anna.Id))).Should().Be(0);
    }

    [Fact]
    public async Task An_administrator_configures_the_provider_and_the_secret_is_stored_protected_and_never_shown()
    {
        var organisation = await Web.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var admin = await Web.CreateUserAsync(await Web.CreateOrganisationAsync(OrganisationType.Administration, 11), Role.Administrator);
        var client = await Web.SignInAsAsync(admin);
        var url = $"/beheer/organisaties/{organisation.Id}/inloggen";
        var fields = new Dictionary<string, string>
        {
            ["Input.Issuer"] = "http://login.gemeente.test", ["Input.ClientId"] = "rmtcases", ["Input.ClientSecret"] = "geheim-van-de-gemeente",
            ["Input.SubjectClaim"] = "sub", ["Input.EmailDomains"] = "Gemeente.test\n@gemeente.test", ["Input.SecondFactorValues"] = "mfa",
        };

        var refused = await WebFixture.PostFormAsync(client, url, fields);
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await refused.Content.ReadAsStringAsync();
        page.Should().Contain("beginnend met https://").And.Contain("Er is een probleem").And.NotContain("geheim-van-de-gemeente");
        (await Web.InScopeAsync(async (_, db) => await db.SignInProviders.CountAsync())).Should().Be(0);

        fields["Input.Issuer"] = "https://login.gemeente.test";
        var saved = await WebFixture.PostFormAsync(client, url, fields);
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var stored = await Web.InScopeAsync(async (_, db) => await db.SignInProviders.AsNoTracking().SingleAsync());
        stored.EmailDomains.Should().Equal("gemeente.test");
        stored.ProtectedClientSecret.Should().NotContain("geheim-van-de-gemeente");
        (await Web.InScopeAsync((services, _) => Task.FromResult(services.GetRequiredService<SignInProviderSecrets>().Unprotect(stored.ProtectedClientSecret))))
            .Should().Be("geheim-van-de-gemeente");
        var shown = await WebFixture.GetHtmlAsync(client, url);
        shown.Should().Contain("https://login.gemeente.test").And.NotContain("geheim-van-de-gemeente")
            .And.Contain($"https://rmt.test/account/sso/{organisation.Id:N}/terug");
        (await AuditAsync(AuditActions.SignInProviderChanged)).Should().ContainSingle(a => a.SubjectId == organisation.Id);

        // Saving again without a secret keeps the stored one.
        fields["Input.ClientSecret"] = "";
        (await WebFixture.PostFormAsync(client, url, fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Web.InScopeAsync(async (_, db) => await db.SignInProviders.AsNoTracking().SingleAsync())).ProtectedClientSecret.Should().Be(stored.ProtectedClientSecret);
    }

    /// <summary>The address form, the page that leaves for the provider, the provider's sign-in; returns its answer for the application.</summary>
    private async Task<(Uri Authorize, TestOpenIdProvider.ProviderAnswer Callback)> ThroughProviderAsync(HttpClient client, string email, string login)
    {
        var emailStep = await WebFixture.PostFormAsync(client, "/account/inloggen?handler=Email", new() { ["Input.Email"] = email }, formPage: "/account/inloggen");
        emailStep.StatusCode.Should().Be(HttpStatusCode.Redirect, "an address of the organisation's domain leaves the password form");
        var start = await client.GetAsync(emailStep.Headers.Location);
        start.StatusCode.Should().Be(HttpStatusCode.OK);
        var refresh = start.Headers.GetValues("Refresh").Single();
        refresh.Should().StartWith("0;url=/account/organisatie/");
        var challenge = await client.GetAsync(refresh["0;url=".Length..]);
        challenge.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var authorize = challenge.Headers.Location!;
        authorize.Port.Should().Be(sso.Provider.Port);
        authorize.AbsolutePath.Should().Be("/auth");
        // Pushed authorization (RFC 9126): the parameters went to the provider over the back channel, not the URL.
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorize.Query);
        query.Keys.Should().BeEquivalentTo("client_id", "request_uri");

        using var browser = TestOpenIdProvider.NewBrowser();
        return (authorize, await TestOpenIdProvider.SignInAsync(browser, authorize, login));
    }

    private static Task<HttpResponseMessage> PostCallbackAsync(HttpClient client, TestOpenIdProvider.ProviderAnswer answer)
    {
        // The authorization code flow: a code and the state come back through the browser, never a token.
        answer.Action.GetLeftPart(UriPartial.Authority).Should().Be(RmtAppFactory.PublicBaseUrl);
        answer.Fields.Keys.Should().Contain(["code", "state"]).And.NotContain(["id_token", "access_token", "token"]);
        return client.PostAsync(answer.Action.PathAndQuery, new FormUrlEncodedContent(answer.Fields));
    }

    /// <summary>Posts the provider's answer and follows to the completion page; returns where that page moves on to.</summary>
    private static async Task<string> CompleteAsync(HttpClient client, TestOpenIdProvider.ProviderAnswer answer)
    {
        var callback = await PostCallbackAsync(client, answer);
        callback.StatusCode.Should().Be(HttpStatusCode.Redirect, await callback.Content.ReadAsStringAsync());
        callback.Headers.Location!.OriginalString.Should().StartWith("/account/sso/voltooien");
        var complete = await client.GetAsync(callback.Headers.Location);
        complete.StatusCode.Should().Be(HttpStatusCode.OK, $"the completion page moves on by itself ({complete.Headers.Location})");
        return complete.Headers.GetValues("Refresh").Single()["0;url=".Length..];
    }

    private Task<List<Domain.Audit.AuditEvent>> AuditAsync(string action) =>
        Web.InScopeAsync(async (_, db) => await db.AuditEvents.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync());
}
