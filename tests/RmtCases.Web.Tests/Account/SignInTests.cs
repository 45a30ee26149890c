using System.Net;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Account;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<TestUser> CaseworkerAsync() =>
        await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11));

    private static Task<HttpResponseMessage> PasswordAsync(HttpClient client, TestUser user, string password = WebFixture.Password) =>
        WebFixture.PostFormAsync(client, "/account/inloggen", new() { ["Input.Email"] = user.Email, ["Input.Password"] = password });

    private static Task<HttpResponseMessage> CodeAsync(HttpClient client, string code) =>
        WebFixture.PostFormAsync(client, "/account/tweede-stap", new() { ["Code"] = code });

    [Fact]
    public async Task A_correct_password_alone_gives_no_session()
    {
        var user = await CaseworkerAsync();
        var client = fixture.CreateClient();

        var response = await PasswordAsync(client, user);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().StartWith("/account/tweede-stap");
        Sessions.SessionCookie(response).Should().BeNull();
        (await Sessions.IsSignedInAsync(client)).Should().BeFalse();
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_password_is_refused_next()
    {
        var user = await CaseworkerAsync();
        var client = fixture.CreateClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await PasswordAsync(client, user, "Verkeerd-wachtwoord-" + attempt);
            wrong.StatusCode.Should().Be(HttpStatusCode.OK, $"attempt {attempt} is refused on the page");
        }

        var right = await PasswordAsync(client, user);

        right.StatusCode.Should().Be(HttpStatusCode.OK);
        (await right.Content.ReadAsStringAsync()).Should().Contain("tijdelijk geblokkeerd");
        (await Sessions.IsSignedInAsync(client)).Should().BeFalse();
    }

    [Fact]
    public async Task Wrong_authenticator_codes_count_towards_the_lockout()
    {
        var user = await CaseworkerAsync();
        var client = fixture.CreateClient();
        (await PasswordAsync(client, user)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        fixture.Clock.Advance(TimeSpan.FromSeconds(30));

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await CodeAsync(client, Sessions.WrongCode(fixture.CurrentCode(user)));
            wrong.StatusCode.Should().Be(HttpStatusCode.OK, $"wrong code {attempt} is refused on the page");
        }

        var right = await CodeAsync(client, fixture.CurrentCode(user));

        right.StatusCode.Should().Be(HttpStatusCode.OK);
        (await right.Content.ReadAsStringAsync()).Should().Contain("tijdelijk geblokkeerd");
        (await Sessions.IsSignedInAsync(client)).Should().BeFalse();
        var again = await PasswordAsync(fixture.CreateClient(), user);
        (await again.Content.ReadAsStringAsync()).Should().Contain("tijdelijk geblokkeerd");
    }

    [Fact]
    public async Task An_authenticator_code_works_only_once()
    {
        var user = await CaseworkerAsync();
        var client = fixture.CreateClient();
        (await PasswordAsync(client, user)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = fixture.CurrentCode(user);
        (await CodeAsync(client, code)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await Sessions.SignOutAsync(client);

        (await PasswordAsync(client, user)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var replayed = await CodeAsync(client, code);

        replayed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await replayed.Content.ReadAsStringAsync()).Should().Contain("al gebruikt");
        (await Sessions.IsSignedInAsync(client)).Should().BeFalse();
    }

    [Fact]
    public async Task After_sign_out_a_copy_of_the_old_cookie_is_refused()
    {
        var user = await CaseworkerAsync();
        var (client, cookie) = await fixture.SignInAsync(user);
        (await Sessions.IsSignedInAsync(Sessions.Replay(fixture.Factory, cookie))).Should().BeTrue("the copy works while the session lives");

        await Sessions.SignOutAsync(client);

        (await Sessions.IsSignedInAsync(Sessions.Replay(fixture.Factory, cookie))).Should().BeFalse();
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM auth_sessions WHERE user_id = '{user.Id}'")).Should().Be(0);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        var user = await CaseworkerAsync();
        var client = fixture.CreateClient();
        (await client.GetAsync("/account/inloggen")).StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await client.PostAsync("/account/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = WebFixture.Password,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Sessions.SetCookies(response).Should().NotContain(c => c.StartsWith("__Host-rmt-2fa=", StringComparison.Ordinal) || c.StartsWith(Sessions.CookieName + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_cookie_is_host_prefixed_secure_http_only_and_same_site_strict()
    {
        var user = await CaseworkerAsync();
        var client = fixture.CreateClient();
        var responses = new List<HttpResponseMessage> { await client.GetAsync("/account/inloggen"), await PasswordAsync(client, user) };
        fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        responses.Add(await CodeAsync(client, fixture.CurrentCode(user)));

        var cookies = responses.SelectMany(Sessions.SetCookies).ToList();

        cookies.Should().Contain(c => c.StartsWith(Sessions.CookieName + "=", StringComparison.Ordinal), "the session cookie is among them");
        cookies.Should().AllSatisfy(cookie =>
        {
            var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
            cookie.Should().StartWith("__Host-");
            attributes.Should().Contain("secure").And.Contain("httponly").And.Contain("samesite=strict").And.Contain("path=/");
            attributes.Should().NotContain(a => a.StartsWith("domain=", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_and_are_not_cached()
    {
        var user = await CaseworkerAsync();
        var (client, _) = await fixture.SignInAsync(user);

        foreach (var response in new[] { await fixture.CreateClient().GetAsync("/account/inloggen"), await client.GetAsync("/") })
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            csp.Should().Contain("object-src 'none'").And.Contain("base-uri 'none'").And.Contain("frame-ancestors 'none'");
            csp.Should().NotContain("unsafe-inline").And.NotContain("unsafe-eval");
            response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
            response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
            response.Headers.CacheControl!.NoStore.Should().BeTrue();
        }
    }

    [Fact]
    public async Task Sign_in_is_audited_with_the_user_id_and_never_the_typed_email_or_password()
    {
        var user = await CaseworkerAsync();
        const string wrongPassword = "Verkeerd-wachtwoord-audit";
        const string unknownEmail = "niemand.bekend@test.rmt";
        await PasswordAsync(fixture.CreateClient(), user, wrongPassword);
        await WebFixture.PostFormAsync(fixture.CreateClient(), "/account/inloggen", new() { ["Input.Email"] = unknownEmail, ["Input.Password"] = wrongPassword });
        var (client, _) = await fixture.SignInAsync(user);
        await Sessions.SignOutAsync(client);

        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM audit_events WHERE action = 'signin.failed' AND user_id = '{user.Id}' AND outcome = 'failed'")).Should().Be(1);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM audit_events WHERE action = 'signin.failed' AND user_id IS NULL")).Should().Be(1);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM audit_events WHERE action = 'signin.succeeded' AND user_id = '{user.Id}'")).Should().Be(1);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM audit_events WHERE action = 'signout' AND user_id = '{user.Id}'")).Should().Be(1);
        var everything = await fixture.Database.ScalarAsync<string>("SELECT string_agg(rmt_audit_canonical(a), E'\\n') FROM audit_events a");
        everything.Should().NotContainAny(user.Email, unknownEmail, wrongPassword, WebFixture.Password);
    }

    [Fact]
    public async Task A_disabled_users_existing_cookie_is_refused_at_once()
    {
        var user = await CaseworkerAsync();
        var admin = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11, "Functioneel beheer"), Domain.Access.Role.Administrator);
        var (client, cookie) = await fixture.SignInAsync(user);
        var adminClient = await fixture.SignInAsAsync(admin);

        var disabled = await WebFixture.PostFormAsync(adminClient, $"/beheer/gebruikers/{user.Id}?handler=Disable", new(), formPage: $"/beheer/gebruikers/{user.Id}");

        disabled.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Sessions.IsSignedInAsync(client)).Should().BeFalse();
        (await Sessions.IsSignedInAsync(Sessions.Replay(fixture.Factory, cookie))).Should().BeFalse();
        var again = await PasswordAsync(fixture.CreateClient(), user);
        again.StatusCode.Should().Be(HttpStatusCode.OK, "a disabled account cannot sign in");
    }

    [Fact]
    public async Task More_than_ten_attempts_a_minute_on_one_email_address_are_refused_before_any_lookup()
    {
        var email = $"onbekend.{Guid.NewGuid():N}@test.rmt";
        var client = fixture.CreateClient();
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var refused = await WebFixture.PostFormAsync(client, "/account/inloggen", new() { ["Input.Email"] = email, ["Input.Password"] = "Verkeerd-wachtwoord" });
            (await refused.Content.ReadAsStringAsync()).Should().Contain("klopt niet", $"attempt {attempt}");
        }

        var slowed = await WebFixture.PostFormAsync(client, "/account/inloggen", new() { ["Input.Email"] = email, ["Input.Password"] = "Verkeerd-wachtwoord" });

        (await slowed.Content.ReadAsStringAsync()).Should().Contain("Te veel inlogpogingen");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM audit_events WHERE action = 'signin.failed' AND fields = 'rate_limit' AND outcome = 'refused'")).Should().Be(1);
    }
}
