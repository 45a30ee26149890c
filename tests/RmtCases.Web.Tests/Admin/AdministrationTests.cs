using System.Net;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Admin;

[Collection(WebCollection.Name)]
public sealed class AdministrationTests(WebFixture fixture) : IAsyncLifetime
{
    private const string NewPassword = "Een lange zin als wachtwoord 2026";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(HttpClient Client, TestUser Admin)> AdministratorAsync()
    {
        var organisation = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11, "Functioneel beheer RMT");
        var admin = await fixture.CreateUserAsync(organisation, Role.Administrator);
        return (await fixture.SignInAsAsync(admin), admin);
    }

    private static Task<HttpResponseMessage> PostOnUserAsync(HttpClient client, Guid userId, string handler, Dictionary<string, string>? fields = null) =>
        WebFixture.PostFormAsync(client, $"/beheer/gebruikers/{userId}?handler={handler}", fields ?? new(), formPage: $"/beheer/gebruikers/{userId}");

    private static Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password) =>
        WebFixture.PostFormAsync(client, link, new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password }, formPage: "/account/inloggen");

    private static Task<HttpResponseMessage> PasswordStepAsync(HttpClient client, string email, string password) =>
        WebFixture.PostFormAsync(client, "/account/inloggen", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    [Theory]
    [InlineData(OrganisationType.Municipality, Role.Caseworker)]
    [InlineData(OrganisationType.Uwv, Role.Caseworker)]
    [InlineData(OrganisationType.Union, Role.Caseworker)]
    [InlineData(OrganisationType.EmployerOrganisation, Role.Caseworker)]
    [InlineData(OrganisationType.Municipality, Role.WageValueAssessor)]
    public async Task Nobody_but_an_administrator_reaches_the_administration_pages(OrganisationType type, Role role)
    {
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(type, 11), role);
        var victim = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11));
        var client = await fixture.SignInAsAsync(user);

        foreach (var page in new[] { "/beheer/gebruikers", "/beheer/gebruikers/nieuw", $"/beheer/gebruikers/{victim.Id}", "/beheer/organisaties", "/beheer/organisaties/nieuw" })
        {
            (await client.GetAsync(page)).StatusCode.Should().Be(HttpStatusCode.NotFound, page);
        }

        var disable = await WebFixture.PostFormAsync(client, $"/beheer/gebruikers/{victim.Id}?handler=Disable", new(), formPage: "/");
        disable.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await fixture.Database.ScalarAsync<bool>($"SELECT is_disabled FROM users WHERE id = '{victim.Id}'")).Should().BeFalse();
        (await Sessions.IsSignedInAsync(client)).Should().BeTrue("a refused request does not end the caller's own session");
        (await fixture.Audit.CountAsync(AuditActions.AccessRefused, user: user.Id)).Should().Be(6);
    }

    [Fact]
    public async Task Without_signing_in_the_administration_pages_send_to_sign_in()
    {
        var response = await fixture.CreateClient().GetAsync("/beheer/gebruikers");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/account/inloggen");
    }

    [Fact]
    public async Task An_administrator_creates_a_user_who_sets_a_password_once_and_then_enrols_an_authenticator()
    {
        var (client, _) = await AdministratorAsync();
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11, "Gemeente Amsterdam");

        var created = await WebFixture.PostFormAsync(client, "/beheer/gebruikers/nieuw", new()
        {
            ["Input.DisplayName"] = "Noor de Vries",
            ["Input.Email"] = "noor.devries@amsterdam.test",
            ["Input.OrganisationId"] = municipality.Id.ToString(),
            ["Input.Role"] = nameof(Role.WageValueAssessor),
        });

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        var link = Sessions.PasswordLink(await created.Content.ReadAsStringAsync());
        var userId = await fixture.Database.ScalarAsync<string>("SELECT id::text FROM users WHERE email = 'noor.devries@amsterdam.test'");
        (await fixture.Database.ScalarAsync<int>($"SELECT role FROM users WHERE id = '{userId}'")).Should().Be((int)Role.WageValueAssessor);
        (await WebFixture.GetHtmlAsync(client, "/beheer/gebruikers")).Should().Contain("Noor de Vries").And.Contain("Loonwaardedeskundige");

        var newcomer = fixture.CreateClient();
        (await WebFixture.GetHtmlAsync(newcomer, link)).Should().Contain("Nieuw wachtwoord");
        var set = await SetPasswordAsync(newcomer, link, NewPassword);
        set.StatusCode.Should().Be(HttpStatusCode.Redirect);
        set.Headers.Location!.OriginalString.Should().StartWith("/account/inloggen");

        var signIn = await PasswordStepAsync(newcomer, "noor.devries@amsterdam.test", NewPassword);
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.Location!.OriginalString.Should().StartWith("/account/authenticator-koppelen");
        var enrolment = await WebFixture.GetHtmlAsync(newcomer, "/account/authenticator-koppelen");
        var key = System.Text.RegularExpressions.Regex.Match(enrolment, "id=\"authenticator-key\">([A-Z2-7 ]+)</code>").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        key.Should().NotBeEmpty();
        fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(fixture.Clock.GetUtcNow().UtcDateTime);
        // Posted by hand: every GET of the page makes a fresh key, so the form must come from the same GET.
        var antiforgery = System.Text.RegularExpressions.Regex.Match(enrolment, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var enrolled = await newcomer.PostAsync("/account/authenticator-koppelen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery),
        }));
        enrolled.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Sessions.IsSignedInAsync(newcomer)).Should().BeTrue("password and authenticator make a session");

        var reused = await SetPasswordAsync(fixture.CreateClient(), link, "Nog een ander lang wachtwoord");
        reused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await reused.Content.ReadAsStringAsync()).Should().Contain("ongeldig, verlopen of al gebruikt");
        (await PasswordStepAsync(fixture.CreateClient(), "noor.devries@amsterdam.test", NewPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect, "the second use changed nothing");

        (await fixture.Audit.FirstAsync(AuditActions.AccountChanged, subject: Guid.Parse(userId!))).Fields
            .Should().Contain("created").And.Contain("role");
        (await fixture.Audit.CountAsync(AuditActions.AccountChanged, subject: Guid.Parse(userId!), fields: "password")).Should().Be(1);
    }

    [Fact]
    public async Task Creating_a_user_explains_mistakes_in_Dutch_next_to_the_fields_and_keeps_the_input()
    {
        var (client, admin) = await AdministratorAsync();
        var union = await fixture.CreateOrganisationAsync(OrganisationType.Union, 11, "FNV Groot Amsterdam");

        var wrongRole = await WebFixture.PostFormAsync(client, "/beheer/gebruikers/nieuw", new()
        {
            ["Input.DisplayName"] = "Jan Jansen",
            ["Input.Email"] = "jan.jansen@fnv.test",
            ["Input.OrganisationId"] = union.Id.ToString(),
            ["Input.Role"] = nameof(Role.WageValueAssessor),
        });
        var html = await wrongRole.Content.ReadAsStringAsync();

        wrongRole.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Een loonwaardedeskundige werkt bij een gemeente");
        html.Should().Contain("value=\"Jan Jansen\"").And.Contain("value=\"jan.jansen@fnv.test\"");
        html.Should().NotContain("wachtwoordlink");

        var empty = await WebFixture.PostFormAsync(client, "/beheer/gebruikers/nieuw", new() { ["Input.Email"] = "geen-adres" });
        (await empty.Content.ReadAsStringAsync()).Should().Contain("Vul de naam in.").And.Contain("Vul een geldig e-mailadres in")
            .And.Contain("Kies de organisatie.").And.Contain("Kies de rol.").And.Contain("value=\"geen-adres\"");

        var duplicate = await WebFixture.PostFormAsync(client, "/beheer/gebruikers/nieuw", new()
        {
            ["Input.DisplayName"] = "Tweede beheerder",
            ["Input.Email"] = admin.Email,
            ["Input.OrganisationId"] = union.Id.ToString(),
            ["Input.Role"] = nameof(Role.Caseworker),
        });
        (await duplicate.Content.ReadAsStringAsync()).Should().Contain("Er bestaat al een account met dit e-mailadres.");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM users")).Should().Be(1);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_session_at_once_and_enabling_lets_them_back_in()
    {
        var (client, _) = await AdministratorAsync();
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11));
        var (userClient, cookie) = await fixture.SignInAsync(user);

        (await PostOnUserAsync(client, user.Id, "Disable")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await Sessions.IsSignedInAsync(userClient)).Should().BeFalse();
        (await Sessions.IsSignedInAsync(Sessions.Replay(fixture.Factory, cookie))).Should().BeFalse();
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM auth_sessions WHERE user_id = '{user.Id}'")).Should().Be(0);
        (await PasswordStepAsync(fixture.CreateClient(), user.Email, WebFixture.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "a disabled account cannot sign in");
        (await WebFixture.GetHtmlAsync(client, "/beheer/gebruikers")).Should().Contain("Uitgeschakeld");
        (await fixture.Audit.FirstAsync(AuditActions.AccountChanged, subject: user.Id)).Fields
            .Should().Be("is_disabled,sessions");

        (await PostOnUserAsync(client, user.Id, "Enable")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await fixture.SignInAsync(user);
    }

    [Fact]
    public async Task Changing_a_role_ends_the_users_sessions_and_respects_the_organisation_type()
    {
        var (client, _) = await AdministratorAsync();
        var caseworker = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11));
        var unionCaseworker = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Union, 11));
        var (userClient, _) = await fixture.SignInAsync(caseworker);
        var (unionClient, _) = await fixture.SignInAsync(unionCaseworker);

        (await PostOnUserAsync(client, caseworker.Id, "Role", new() { ["Input.Role"] = nameof(Role.WageValueAssessor) })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var refused = await PostOnUserAsync(client, unionCaseworker.Id, "Role", new() { ["Input.Role"] = nameof(Role.WageValueAssessor) });

        (await Sessions.IsSignedInAsync(userClient)).Should().BeFalse();
        (await fixture.Database.ScalarAsync<int>($"SELECT role FROM users WHERE id = '{caseworker.Id}'")).Should().Be((int)Role.WageValueAssessor);
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("Een loonwaardedeskundige werkt bij een gemeente");
        (await Sessions.IsSignedInAsync(unionClient)).Should().BeTrue("a refused change leaves the account alone");
        (await fixture.Database.ScalarAsync<int>($"SELECT role FROM users WHERE id = '{unionCaseworker.Id}'")).Should().Be((int)Role.Caseworker);
        (await fixture.Audit.FirstAsync(AuditActions.AccountChanged, subject: caseworker.Id)).Fields
            .Should().Be("role,sessions");
    }

    [Fact]
    public async Task Resetting_gives_a_one_time_link_ends_sessions_and_clears_the_password_and_authenticator()
    {
        var (client, _) = await AdministratorAsync();
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11));
        var (userClient, _) = await fixture.SignInAsync(user);

        var reset = await PostOnUserAsync(client, user.Id, "Reset");

        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        reset.Headers.CacheControl!.NoStore.Should().BeTrue("the page with the link must not be kept by any cache");
        var link = Sessions.PasswordLink(await reset.Content.ReadAsStringAsync());
        (await Sessions.IsSignedInAsync(userClient)).Should().BeFalse();
        (await PasswordStepAsync(fixture.CreateClient(), user.Email, WebFixture.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "the old password is gone");
        (await fixture.Database.ScalarAsync<bool>($"SELECT two_factor_enabled FROM users WHERE id = '{user.Id}'")).Should().BeFalse();

        var newcomer = fixture.CreateClient();
        (await SetPasswordAsync(newcomer, link, NewPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var signIn = await PasswordStepAsync(newcomer, user.Email, NewPassword);
        signIn.Headers.Location!.OriginalString.Should().StartWith("/account/authenticator-koppelen", "the user enrols a new authenticator");

        var reused = await SetPasswordAsync(fixture.CreateClient(), link, "Nog een ander lang wachtwoord");
        (await reused.Content.ReadAsStringAsync()).Should().Contain("ongeldig, verlopen of al gebruikt");
        var token = System.Web.HttpUtility.ParseQueryString(new Uri("https://localhost" + link).Query)["token"]!;
        var encoded = link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        fixture.Factory.Logs.Lines.Should().NotContain(line => line.Contains(token, StringComparison.Ordinal) || line.Contains(encoded, StringComparison.Ordinal), "the link's token is never logged");
    }

    [Fact]
    public async Task The_set_password_page_refuses_short_common_and_mismatched_passwords()
    {
        var (client, _) = await AdministratorAsync();
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11));
        var link = Sessions.PasswordLink(await (await PostOnUserAsync(client, user.Id, "Reset")).Content.ReadAsStringAsync());
        var newcomer = fixture.CreateClient();

        (await (await SetPasswordAsync(newcomer, link, "te-kort")).Content.ReadAsStringAsync()).Should().Contain("minstens 12 tekens");
        (await (await SetPasswordAsync(newcomer, link, "wachtwoord1234")).Content.ReadAsStringAsync()).Should().Contain("te gangbaar");
        var mismatch = await WebFixture.PostFormAsync(newcomer, link, new() { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword + "!" }, formPage: "/account/inloggen");
        (await mismatch.Content.ReadAsStringAsync()).Should().Contain("niet gelijk");

        (await SetPasswordAsync(newcomer, link, NewPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect, "failed attempts do not use up the link");
    }

    [Fact]
    public async Task An_administrator_cannot_disable_or_demote_themselves()
    {
        var (client, admin) = await AdministratorAsync();

        var response = await WebFixture.PostFormAsync(client, $"/beheer/gebruikers/{admin.Id}?handler=Disable", new(), formPage: "/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("eigen account");
        (await fixture.Database.ScalarAsync<bool>($"SELECT is_disabled FROM users WHERE id = '{admin.Id}'")).Should().BeFalse();
        (await Sessions.IsSignedInAsync(client)).Should().BeTrue();
    }

    [Fact]
    public async Task Organisations_are_listed_and_created_in_one_of_the_35_regions()
    {
        var (client, _) = await AdministratorAsync();
        (await WebFixture.GetHtmlAsync(client, "/beheer/organisaties/nieuw")).Should().Contain("Zuid-Limburg").And.Contain("Groot Amsterdam");

        var created = await WebFixture.PostFormAsync(client, "/beheer/organisaties/nieuw", new()
        {
            ["Input.Name"] = "Gemeente Den Haag",
            ["Input.Type"] = nameof(OrganisationType.Municipality),
            ["Input.RegionId"] = "20",
        });
        var duplicate = await WebFixture.PostFormAsync(client, "/beheer/organisaties/nieuw", new()
        {
            ["Input.Name"] = "Gemeente Den Haag",
            ["Input.Type"] = nameof(OrganisationType.Municipality),
            ["Input.RegionId"] = "20",
        });
        var empty = await WebFixture.PostFormAsync(client, "/beheer/organisaties/nieuw", new() { ["Input.Name"] = "Zonder regio" });

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await WebFixture.GetHtmlAsync(client, "/beheer/organisaties")).Should().Contain("Gemeente Den Haag").And.Contain("Haaglanden");
        (await fixture.Database.ScalarAsync<int>("SELECT region_id FROM organisations WHERE name = 'Gemeente Den Haag'")).Should().Be(20);
        (await duplicate.Content.ReadAsStringAsync()).Should().Contain("bestaat al een organisatie met deze naam");
        (await empty.Content.ReadAsStringAsync()).Should().Contain("Kies het soort organisatie.").And.Contain("Kies de arbeidsmarktregio.").And.Contain("value=\"Zonder regio\"");
        (await fixture.Audit.CountAsync(AuditActions.OrganisationCreated)).Should().Be(1);
    }

    [Fact]
    public async Task Administration_pages_never_show_a_participants_personal_data()
    {
        const string canary = "Kanariepietersen";
        var (client, admin) = await AdministratorAsync();
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11);
        var participant = await fixture.InsertAsync(Sample.Full(11, admin.Organisation.Id, provider.Id, surname: canary));
        var caseworker = await fixture.CreateUserAsync(admin.Organisation);

        var pages = new[]
        {
            "/", "/beheer/gebruikers", "/beheer/gebruikers/nieuw", $"/beheer/gebruikers/{caseworker.Id}", $"/beheer/gebruikers/{admin.Id}",
            "/beheer/organisaties", "/beheer/organisaties/nieuw",
        };
        foreach (var page in pages)
        {
            var html = await WebFixture.GetHtmlAsync(client, page);
            html.Should().NotContain(canary, page).And.NotContain(participant.Person.Street, page).And.NotContain(participant.Person.Email!, page)
                .And.NotContain(participant.Id.ToString(), page);
        }

        // An administrator has no participant scope, whatever the participant pages answer.
        var deelnemers = await client.GetAsync("/deelnemers");
        (await deelnemers.Content.ReadAsStringAsync()).Should().NotContain(canary);
    }

    [Fact]
    public async Task An_administrator_sees_a_lockout_and_lifts_it()
    {
        var (client, _) = await AdministratorAsync();
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11));
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await PasswordStepAsync(fixture.CreateClient(), user.Email, "Verkeerd-wachtwoord-" + attempt);
        }

        (await WebFixture.GetHtmlAsync(client, "/beheer/gebruikers")).Should().Contain("tijdelijk geblokkeerd");
        (await WebFixture.GetHtmlAsync(client, $"/beheer/gebruikers/{user.Id}")).Should().Contain("Blokkade opheffen");

        (await PostOnUserAsync(client, user.Id, "Unlock")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await WebFixture.GetHtmlAsync(client, "/beheer/gebruikers")).Should().NotContain("tijdelijk geblokkeerd");
        await fixture.SignInAsync(user);
        (await fixture.Audit.FirstAsync(AuditActions.AccountChanged, subject: user.Id)).Fields.Should().Be("lockout");
    }

    [Fact]
    public async Task An_unknown_handler_or_user_reveals_nothing()
    {
        var (client, _) = await AdministratorAsync();
        var caseworker = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11));
        var caseworkerClient = await fixture.SignInAsAsync(caseworker);

        (await client.GetAsync($"/beheer/gebruikers/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await caseworkerClient.GetAsync("/beheer/organisaties?handler=Niets")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await WebFixture.PostFormAsync(caseworkerClient, "/beheer/organisaties?handler=Niets", new(), formPage: "/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_account_change_without_antiforgery_token_is_refused()
    {
        var (client, _) = await AdministratorAsync();
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11));

        var response = await client.PostAsync($"/beheer/gebruikers/{user.Id}?handler=Disable", new FormUrlEncodedContent(new Dictionary<string, string>()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fixture.Database.ScalarAsync<bool>($"SELECT is_disabled FROM users WHERE id = '{user.Id}'")).Should().BeFalse();
    }
}
