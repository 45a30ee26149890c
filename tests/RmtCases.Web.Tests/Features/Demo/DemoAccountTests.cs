using RmtCases.Web.Features.Demo;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Demo;

[Collection(WebCollection.Name)]
public sealed class DemoAccountTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Demo_accounts_have_not_accepted_the_confidentiality_declaration()
    {
        await fixture.InScopeAsync(async (services, _) => await DemoSeeder.SeedAsync(services, CancellationToken.None));

        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM users WHERE email LIKE '%.demo'")).Should().Be(13, "each region has a second gemeente caseworker to hand cases to (issue 17)");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM confidentiality_acceptances"))
            .Should().Be(0, "whoever tries the demo as a union or employer caseworker meets the declaration");
    }
}
