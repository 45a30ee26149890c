using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Account;

[Collection(WebCollection.Name)]
public sealed class MultipleInstancesTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_instances_on_one_database_accept_each_others_cookies()
    {
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11));
        await using var second = new RmtAppFactory(fixture.Database, fixture.Clock);
        var (_, cookie) = await fixture.SignInAsync(user);

        var response = await Sessions.Replay(second, cookie).GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_out_on_one_instance_ends_the_session_on_the_other()
    {
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11));
        await using var second = new RmtAppFactory(fixture.Database, fixture.Clock);
        var (client, cookie) = await fixture.SignInAsync(user);
        (await Sessions.IsSignedInAsync(Sessions.Replay(second, cookie))).Should().BeTrue();

        await Sessions.SignOutAsync(client);

        (await Sessions.IsSignedInAsync(Sessions.Replay(second, cookie))).Should().BeFalse();
    }

    [Fact]
    public async Task Disabling_an_account_on_one_instance_ends_its_cached_session_on_the_other_within_a_second()
    {
        var admin = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11, "Functioneel beheer RMT"), Role.Administrator);
        var adminClient = await fixture.SignInAsAsync(admin);
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11));
        await using var second = new RmtAppFactory(fixture.Database, fixture.Clock);
        var cache = second.Services.GetRequiredService<SessionCache>();
        await WaitUntilAsync(() => cache.Trusting, TimeSpan.FromSeconds(10));
        var (_, cookie) = await fixture.SignInAsync(user);
        (await Sessions.IsSignedInAsync(Sessions.Replay(second, cookie))).Should().BeTrue();
        var sessionId = await fixture.Database.ScalarAsync<Guid>($"SELECT id FROM auth_sessions WHERE user_id = '{user.Id}'");
        cache.Get(sessionId).Should().NotBeNull("the second instance serves this session from its cache, without reading the database");

        var disabled = await WebFixture.PostFormAsync(adminClient, $"/beheer/gebruikers/{user.Id}?handler=Disable", new(), formPage: $"/beheer/gebruikers/{user.Id}");
        disabled.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var clock = Stopwatch.StartNew();
        await WaitUntilAsync(() => cache.Get(sessionId) is null, TimeSpan.FromSeconds(1));

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        (await Sessions.IsSignedInAsync(Sessions.Replay(second, cookie))).Should().BeFalse();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < limit)
        {
            await Task.Delay(10);
        }
    }
}
