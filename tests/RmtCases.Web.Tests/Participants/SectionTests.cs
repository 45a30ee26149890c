using System.Net;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

[Collection(WebCollection.Name)]
public sealed class SectionTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Participant> LoadAsync(Guid id) =>
        fixture.InScopeAsync(async (_, db) => await db.Participants.AsNoTracking()
            .Include(p => p.Education).Include(p => p.Mediation).Include(p => p.ServiceDeliveries).Include(p => p.Involvements)
            .SingleAsync(p => p.Id == id));

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var form = await WebFixture.GetHtmlAsync(client, url);
        return await CaseFileArrange.PostLoadedAsync(client, url, form, fields);
    }

    private Dictionary<string, string> ServiceForm(string cost, Guid? provider = null) => new()
    {
        ["Input.ServiceType"] = nameof(ServiceType.ScholingPraktijkleren),
        ["Input.ProviderId"] = (provider ?? _arrange.Provider.Id).ToString(),
        ["Input.StartDate"] = "2022-01-01",
        ["Input.EndDate"] = "2022-06-30",
        ["Input.Cost"] = cost,
    };

    [Fact]
    public async Task A_service_delivery_takes_a_Dutch_amount_with_cents()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();

        var response = await SubmitAsync(client, $"/deelnemers/{participant.Id}/dienstverlening/nieuw", ServiceForm("1.234,56"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await LoadAsync(participant.Id)).ServiceDeliveries.Should().Contain(s => s.ServiceType == ServiceType.ScholingPraktijkleren && s.Cost == 1234.56m);
    }

    [Theory]
    [InlineData("-5,00", Money.NegativeMessage)]
    [InlineData("12,345", Money.DecimalsMessage)]
    [InlineData("twaalf", Money.FormatMessage)]
    public async Task A_negative_or_malformed_amount_is_refused(string cost, string message)
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();

        var response = await SubmitAsync(client, $"/deelnemers/{participant.Id}/dienstverlening/nieuw", ServiceForm(cost));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        WebUtility.HtmlDecode(html).Should().Contain(message);
        CaseFileArrange.Value(html, "Input.Cost").Should().Be(cost);
        (await LoadAsync(participant.Id)).ServiceDeliveries.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_provider_of_another_region_is_refused()
    {
        var participant = await _arrange.ParticipantAsync();
        var elsewhere = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, CaseFileArrange.OtherRegion);
        var client = await _arrange.MunicipalityAsync();

        var response = await SubmitAsync(client, $"/deelnemers/{participant.Id}/dienstverlening/nieuw", ServiceForm("100", elsewhere.Id));

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Kies de aanbieder uit de lijst.");
    }

    [Fact]
    public async Task Education_and_mediation_entries_can_be_added_and_removed()
    {
        var participant = await _arrange.ParticipantAsync(involve: _arrange.Union.Id);
        var client = await _arrange.UnionAsync();

        (await SubmitAsync(client, $"/deelnemers/{participant.Id}/opleiding/nieuw", new()
        {
            ["Input.Level"] = nameof(EducationLevel.Hbo), ["Input.Programme"] = "Hotelschool", ["Input.StartYear"] = "2001",
            ["Input.EndYear"] = "2005", ["Input.DiplomaObtained"] = "true",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await SubmitAsync(client, $"/deelnemers/{participant.Id}/bemiddeling/nieuw", new()
        {
            ["Input.Kind"] = nameof(MediationKind.JobInterview), ["Input.Date"] = CaseFileArrange.Iso(_arrange.Today),
            ["Input.Vacancy"] = "Receptionist", ["Input.Outcome"] = nameof(MediationOutcome.Pending),
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var loaded = await LoadAsync(participant.Id);
        var education = loaded.Education.Single(e => e.Programme == "Hotelschool");
        education.DiplomaObtained.Should().BeTrue();
        loaded.Mediation.Should().Contain(m => m.Vacancy == "Receptionist" && m.OrganisationId == _arrange.Union.Id);

        var url = $"/deelnemers/{participant.Id}/opleiding/{education.Id}";
        var form = await WebFixture.GetHtmlAsync(client, url);
        (await CaseFileArrange.PostLoadedAsync(client, url + "?handler=Delete", form, [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await LoadAsync(participant.Id)).Education.Should().NotContain(e => e.Id == education.Id);
    }

    [Fact]
    public async Task The_current_situation_can_be_changed()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();

        var response = await SubmitAsync(client, $"/deelnemers/{participant.Id}/situatie", new()
        {
            ["Input.Status"] = nameof(WorkStatus.Unemployed), ["Input.HoursPerWeek"] = "", ["Input.Employer"] = "", ["Input.JobTitle"] = "",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<int>($"SELECT current_situation_status FROM participants WHERE id = '{participant.Id}'"))
            .Should().Be((int)WorkStatus.Unemployed);
    }

    [Fact]
    public async Task A_BSN_in_any_text_field_is_refused()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();

        var response = await SubmitAsync(client, $"/deelnemers/{participant.Id}/bemiddeling/nieuw", new()
        {
            ["Input.Kind"] = nameof(MediationKind.Intake), ["Input.Date"] = CaseFileArrange.Iso(_arrange.Today),
            ["Input.Vacancy"] = "bsn 1112.22.333", ["Input.Outcome"] = nameof(MediationOutcome.Pending),
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(Bsn.FoundInTextMessage);
        (await LoadAsync(participant.Id)).Mediation.Should().HaveCount(1);
    }

    [Fact]
    public async Task The_municipality_sets_the_target_group_indication()
    {
        var participant = await _arrange.ParticipantAsync();
        // Werkfitbehoud needs the indication (art. 3 of the regeling, WerkfitbehoudTests): the sample's service is another here.
        await fixture.Database.ExecuteAsync($"UPDATE service_deliveries SET service_type = 3 WHERE participant_id = '{participant.Id}'");
        var client = await _arrange.MunicipalityAsync();

        var response = await SubmitAsync(client, $"/deelnemers/{participant.Id}/doelgroep", new()
        {
            ["Input.InTargetGroup"] = "false", ["Input.RegisteredOn"] = "2022-02-01",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<bool>($"SELECT in_target_group FROM banenafspraak_indications WHERE participant_id = '{participant.Id}'")).Should().BeFalse();
    }

    [Fact]
    public async Task The_municipality_involves_a_union_which_then_sees_the_case()
    {
        var participant = await _arrange.ParticipantAsync("Bakker");
        var union = await _arrange.UnionAsync();
        await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}", HttpStatusCode.NotFound);

        var municipality = await _arrange.MunicipalityAsync();
        var file = await WebFixture.GetHtmlAsync(municipality, $"/deelnemers/{participant.Id}");
        var response = await municipality.PostAsync($"/deelnemers/{participant.Id}?handler=Involve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Involve.OrganisationId"] = _arrange.Union.Id.ToString(),
            ["Involve.Version"] = CaseFileArrange.Value(file, "Involve.Version")!,
            ["__RequestVerificationToken"] = CaseFileArrange.Value(file, "__RequestVerificationToken")!,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await LoadAsync(participant.Id)).Involvements.Select(i => i.OrganisationId).Should().Contain(_arrange.Union.Id);
        await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}");
        (await fixture.Audit.CountAsync(AuditActions.InvolvementAdded, participant: participant.Id)).Should().Be(1);
    }

    [Fact]
    public async Task A_union_caseworker_cannot_involve_other_organisations()
    {
        var participant = await _arrange.ParticipantAsync("Bakker", involve: _arrange.Union.Id);
        var union = await _arrange.UnionAsync();
        var file = await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}");
        file.Should().NotContain("handler=Involve");

        var response = await union.PostAsync($"/deelnemers/{participant.Id}?handler=Involve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Involve.OrganisationId"] = _arrange.Municipality.Id.ToString(),
            ["__RequestVerificationToken"] = CaseFileArrange.Value(file, "__RequestVerificationToken")!,
        }));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
