using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Pages.Admin.Users;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Account;

[Collection(WebCollection.Name)]
public sealed class SessionFixationTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Signing_in_while_sending_someone_elses_session_cookie_starts_a_new_session_and_ends_the_old_one()
    {
        var union = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Union, 11));
        var gemeente = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 35));
        var (_, unionCookie) = await fixture.SignInAsync(union);

        var (_, gemeenteCookie) = await fixture.SignInAsync(gemeente, Sessions.Holding(fixture.Factory, unionCookie));

        gemeenteCookie.Should().NotBe(unionCookie);
        (await Sessions.IsSignedInAsync(Sessions.Replay(fixture.Factory, unionCookie))).Should().BeFalse("the cookie sent along is no session at all any more, neither user's");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM auth_sessions WHERE user_id = '{union.Id}'")).Should().Be(0);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM auth_sessions WHERE user_id = '{gemeente.Id}'")).Should().Be(1);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM auth_sessions")).Should().Be(1);
        (await Sessions.IsSignedInAsync(Sessions.Replay(fixture.Factory, gemeenteCookie))).Should().BeTrue();

        await fixture.InScopeAsync((s, db) => AccountLinks.EndSessionsAsync(db, s.GetRequiredService<SessionCache>(), gemeente.Id, CancellationToken.None));

        (await Sessions.IsSignedInAsync(Sessions.Replay(fixture.Factory, gemeenteCookie))).Should().BeFalse("ending all sessions of the user ends the new one");
    }

    [Fact]
    public async Task Signing_in_again_in_the_same_browser_replaces_the_session()
    {
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11));
        var (client, first) = await fixture.SignInAsync(user);

        var (_, second) = await fixture.SignInAsync(user, client);

        second.Should().NotBe(first);
        (await Sessions.IsSignedInAsync(Sessions.Replay(fixture.Factory, first))).Should().BeFalse();
        (await Sessions.IsSignedInAsync(Sessions.Replay(fixture.Factory, second))).Should().BeTrue();
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM auth_sessions WHERE user_id = '{user.Id}'")).Should().Be(1);
        var response = await Sessions.Replay(fixture.Factory, first).GetAsync("/");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
