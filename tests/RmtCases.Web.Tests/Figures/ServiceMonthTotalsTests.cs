using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Figures;

/// <summary>
/// The services figure reads service_month_totals, which the service rows' triggers keep. After every kind of change
/// (a region's caseworker adding and editing services, a change of type, provider, cost and month, a delete, a
/// participant moved to another region) the totals equal the service rows grouped here, row for row.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ServiceMonthTotalsTests(WebFixture fixture) : IAsyncLifetime
{
    private readonly GeneratedFigures _data = new(fixture);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_totals_equal_the_service_rows_after_every_kind_of_change()
    {
        await _data.ArrangeAsync(participants: 200);
        (await DifferencesAsync()).Should().Be(0, "the generated services are counted as they are inserted");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM service_month_totals")).Should().BeGreaterThan(0);

        // A caseworker of the region, who may not see banenafspraak: adds a service and edits another, under row-level security.
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<DataScope>().ForRegion(GeneratedFigures.Region);
            var db = scope.ServiceProvider.GetRequiredService<RmtDbContext>();
            var participant = await db.Participants.Include(p => p.ServiceDeliveries).FirstAsync(p => p.ServiceDeliveries.Any(s => s.ServiceType != ServiceType.Werkfitbehoud));
            var edited = participant.ServiceDeliveries.First(s => s.ServiceType != ServiceType.Werkfitbehoud);
            edited.Cost += 0.01m;
            edited.StartDate = edited.StartDate.AddMonths(1);
            participant.ServiceDeliveries.Add(new ServiceDelivery
            {
                ServiceType = ServiceType.ScholingPraktijkleren, ProviderOrganisationId = _data.Providers[1].Id,
                StartDate = new DateOnly(2022, 6, 30), EndDate = new DateOnly(2022, 8, 1), Cost = 1234.56m,
            });
            await db.SaveChangesAsync();
        }

        (await DifferencesAsync()).Should().Be(0, "a region's caseworker adds and edits");

        // Every column the totals group by, changed in one statement for many rows; then a delete and a move.
        await fixture.Database.ExecuteAsync($"""
            UPDATE service_deliveries SET
                service_type = CASE service_type WHEN 3 THEN 2 ELSE service_type END,
                provider_organisation_id = CASE WHEN region_id = {GeneratedFigures.Region} THEN '{_data.Providers[0].Id}'::uuid ELSE provider_organisation_id END,
                start_date = start_date + 45,
                cost = cost * 2
            WHERE extract(day FROM start_date) < 20
            """);
        (await DifferencesAsync()).Should().Be(0, "type, provider, month and cost change together");

        await fixture.Database.ExecuteAsync("DELETE FROM service_deliveries WHERE extract(day FROM start_date) > 25");
        (await DifferencesAsync()).Should().Be(0, "services are deleted");

        await fixture.Database.ExecuteAsync($"""
            UPDATE participants SET region_id = {GeneratedFigures.OtherRegion}
            WHERE id IN (SELECT participant_id FROM service_deliveries WHERE region_id = {GeneratedFigures.Region} LIMIT 10)
            """);
        (await DifferencesAsync()).Should().Be(0, "a participant moved to another region takes its services along");

        await fixture.Database.ExecuteAsync("DELETE FROM participants WHERE id IN (SELECT participant_id FROM service_deliveries LIMIT 20)");
        (await DifferencesAsync()).Should().Be(0, "a participant's services go with the participant");
    }

    /// <summary>Rows of either side that the other lacks: the service rows grouped by month against the totals.</summary>
    private Task<long> DifferencesAsync() =>
        fixture.Database.ScalarAsync<long>("""
            WITH live AS (
                SELECT region_id, date_trunc('month', start_date)::date AS month, service_type, provider_organisation_id,
                       count(*)::bigint AS deliveries, sum(cost) AS amount
                FROM service_deliveries GROUP BY 1, 2, 3, 4
            ), kept AS (
                SELECT region_id, month, service_type, provider_organisation_id, deliveries, amount
                FROM service_month_totals WHERE deliveries <> 0
            )
            SELECT (SELECT count(*) FROM (SELECT * FROM live EXCEPT SELECT * FROM kept) a)
                 + (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM live) b)
            """);
}
