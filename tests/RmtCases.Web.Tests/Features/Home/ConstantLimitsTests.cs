using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Home;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Home;

/// <summary>
/// The home page's capped reads (<see cref="ConstantLimits.TakeConstant{T}"/>): the count is a literal of the SQL, so
/// PostgreSQL's generic plan of the prepared statement knows it, and a literal of the expression tree, so EF Core
/// caches each count's SQL instead of writing it again per request. Run through the application's own context, with
/// the interceptor it registers.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ConstantLimitsTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_capped_read_has_its_count_in_the_sql_and_returns_at_most_that_many_rows()
    {
        for (var i = 0; i < 4; i++)
        {
            await fixture.CreateOrganisationAsync(OrganisationType.Union, 11, $"Vakbond {i}");
        }

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RmtDbContext>();
        IQueryable<string> Names(int count) => db.Organisations.AsNoTracking()
            .Where(o => o.RegionId == 11 && o.Type == OrganisationType.Union).OrderBy(o => o.Name).Select(o => o.Name)
            .TakeConstant(count);

        var two = Names(2).ToQueryString();
        two.Should().EndWith("LIMIT 2").And.NotContain("@", "the count is no parameter");
        Names(3).ToQueryString().Should().EndWith("LIMIT 3", "each count is its own cached query, not the first one's");
        Names(2).ToQueryString().Should().Be(two);

        (await Names(2).ToListAsync()).Should().Equal("Vakbond 0", "Vakbond 1");
        (await Names(3).ToListAsync()).Should().Equal("Vakbond 0", "Vakbond 1", "Vakbond 2");
    }
}
