using System.Net;
using RmtCases.Domain.Organisations;
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
}
