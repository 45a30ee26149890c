using System.Net;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Infrastructure;
using static RmtCases.Web.Tests.WageValue.WageValueArrange;

namespace RmtCases.Web.Tests.WageValue;

/// <summary>
/// Wage value is the municipality's own processing: nobody else learns an assessment exists.
/// The database is arranged once for the whole table and each outsider signs in once: the sign-in
/// rate limiter allows 30 sign-ins a minute, and this table has over thirty rows. No other test class
/// runs in between, as xunit runs a collection's classes one after another.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WageValuePageAccessTests(WebFixture fixture) : IAsyncLifetime
{
    private static readonly string[] _assessmentPages =
        ["/loonwaarde/{id}", "/loonwaarde/{id}/wijzigen", "/loonwaarde/{id}/definitief", "/loonwaarde/{id}/corrigeren", "/loonwaarde/{id}/rapportage"];

    private static readonly string[] _allPages = ["/loonwaarde", "/loonwaarde/nieuw", .. _assessmentPages];

    private static readonly SemaphoreSlim _arrange = new(1, 1);
    private static Guid? _assessmentId;
    private static readonly Dictionary<string, HttpClient> _clients = [];

    public async Task InitializeAsync()
    {
        await _arrange.WaitAsync();
        try
        {
            if (_assessmentId is null)
            {
                await fixture.ResetAsync();
                var municipality = await OrganisationAsync(fixture, OrganisationType.Municipality, HomeRegion);
                _assessmentId = (await fixture.InsertAsync(Entity(municipality))).Id;
            }
        }
        finally
        {
            _arrange.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> OutsidersAndPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var outsider in new[] { "uwv", "vakbond", "werkgeversorganisatie", "beheerder" })
        {
            foreach (var page in _allPages)
            {
                data.Add(outsider, page);
            }
        }

        // Gemeente users of another region have wage-value pages of their own, but never this assessment.
        foreach (var outsider in new[] { "gemeente-andere-regio", "loonwaardedeskundige-andere-regio" })
        {
            foreach (var page in _assessmentPages)
            {
                data.Add(outsider, page);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OutsidersAndPages))]
    public async Task Wage_value_pages_are_not_found_for_outsiders(string outsider, string page)
    {
        if (!_clients.TryGetValue(outsider, out var client))
        {
            client = _clients[outsider] = await OutsiderAsync(fixture, outsider);
        }

        var response = await client.GetAsync(page.Replace("{id}", _assessmentId.ToString(), StringComparison.Ordinal));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().NotContain(WorkerName);
    }
}
