using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

/// <summary>
/// Issue 20: the case file reads its child lists by participant in one round trip, instead of one EF Core split
/// query per list that joins the participant again. A statement added per list (or per section) fails this.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CaseFileRoundTripTests(WebFixture fixture) : IAsyncLifetime
{
    /// <summary>
    /// A municipality caseworker's view of a file with every list filled, category g and a route: the region
    /// setting, the gate, the participant (with the printing organisation's name), one batch of the lists with category
    /// g and the route's holders and plan, the exchanges for the recipients to inform and the organisations to involve,
    /// and the audit row: 5 measured; 17 before issue 20, then 10 (the declaration asked of a gemeente caseworker, the
    /// holders, the plan's goal and the printing organisation each on their own), then 7 (those three each on their own).
    /// </summary>
    private const int MaxRoundTrips = 5;

    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_case_file_reads_its_lists_in_one_round_trip_whatever_they_hold()
    {
        var participant = Sample.Full(CaseFileArrange.Region, _arrange.Municipality.Id, _arrange.Provider.Id, "Bakker");
        participant.Education.Add(new EducationEntry { Level = EducationLevel.Hbo, Programme = "Toerisme", EndYear = 2004 });
        participant.WorkHistory.Add(new WorkHistoryEntry { Employer = "Transavia", JobTitle = "Planner", StartDate = new DateOnly(2012, 1, 1), EndDate = new DateOnly(2019, 6, 30) });
        participant.Mediation.Add(new MediationActivity { Kind = MediationKind.VacancyReferral, Date = new DateOnly(2021, 11, 8), Vacancy = "Baliemedewerker gemeente", Outcome = MediationOutcome.Pending });
        participant.ServiceDeliveries.Add(new ServiceDelivery
        {
            ServiceType = ServiceType.ScholingPraktijkleren, ProviderOrganisationId = _arrange.Provider.Id,
            StartDate = new DateOnly(2022, 1, 1), EndDate = new DateOnly(2022, 6, 30), Cost = 250m,
        });
        participant.Involve(_arrange.Union.Id, DateTimeOffset.UtcNow);
        await fixture.InsertAsync(participant);
        await fixture.InsertAsync(new BanenafspraakIndication
        {
            ParticipantId = participant.Id, RegionId = CaseFileArrange.Region, InTargetGroup = true,
            RegisteredOn = new DateOnly(2021, 9, 1), RecordedByOrganisationId = _arrange.Municipality.Id,
        });
        var client = await _arrange.MunicipalityAsync();
        var file = $"/deelnemers/{participant.Id}";
        // Once uncounted: the first request of a session may read it and the declaration.
        await WebFixture.GetHtmlAsync(client, file);

        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, file);
        request.Headers.Add(RoundTripCounter.Header, key);
        using var response = await client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Travel & Hospitality").And.Contain("Toerisme")
            .And.Contain("Grondstewardess").And.Contain("Transavia")
            .And.Contain("Medewerker klantenservice").And.Contain("Baliemedewerker gemeente")
            .And.Contain("Dienstverlening werkfitbehoud").And.Contain("250,00")
            .And.Contain(_arrange.Union.Name)
            .And.Contain("Vastgesteld op");
        var roundTrips = fixture.Factory.Services.GetRequiredService<RoundTripCounter>().Of(key);
        roundTrips.Should().BeGreaterThan(3, "the counter should see the request's statements");
        roundTrips.Should().BeLessThanOrEqualTo(MaxRoundTrips, "the case file's lists are read in one round trip, not one per list");
    }
}
