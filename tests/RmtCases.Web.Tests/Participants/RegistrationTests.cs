using System.Net;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

[Collection(WebCollection.Name)]
public sealed class RegistrationTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Registering_creates_the_participant_with_the_registering_organisation_involved_and_normalised_input()
    {
        var client = await _arrange.UnionAsync();
        var response = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", CaseFileArrange.RegisterForm());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var participant = await fixture.InScopeAsync(async (_, db) => await db.Participants.AsNoTracking()
            .Include(p => p.Involvements).SingleAsync(p => p.Id == id));
        participant.RegionId.Should().Be(CaseFileArrange.Region);
        participant.RegisteredByOrganisationId.Should().Be(_arrange.Union.Id);
        participant.Involvements.Select(i => i.OrganisationId).Should().Equal(_arrange.Union.Id);
        participant.Person.Postcode.Should().Be("1053 DX");
        participant.Person.Phone.Should().Be("+31612345678");
        participant.ParticipationAgreedOn.Should().Be(new DateOnly(2021, 9, 1));
        participant.InformedBy.Should().Be(InformedBy.InPerson);
        participant.RoutePhase.Should().Be(RoutePhase.Registered);
        participant.RoutePhaseSince.Should().Be(participant.RegisteredAt, "the route starts at Aangemeld on registration");
        (await fixture.Audit.CountAsync(AuditActions.ParticipantCreated, participant: id)).Should().Be(1);

        var html = await WebFixture.GetHtmlAsync(client, $"/deelnemers/{id}");
        WebUtility.HtmlDecode(html).Should().Contain("Jan de Vries").And.Contain("1053 DX").And.NotContain("0001");
    }

    [Theory]
    [InlineData(14, 0, false)]
    [InlineData(15, 0, true)]
    [InlineData(75, 0, true)]
    [InlineData(76, 0, false)]
    public async Task Date_of_birth_must_give_an_age_from_15_to_75(int years, int extraDays, bool accepted)
    {
        var client = await _arrange.MunicipalityAsync();
        var dateOfBirth = _arrange.Today.AddYears(-years).AddDays(extraDays);
        // Agreed today: someone who turns 15 today cannot have agreed before (ConsentRule).
        var form = CaseFileArrange.With(CaseFileArrange.RegisterForm(CaseFileArrange.Iso(dateOfBirth)), "Participation.AgreedOn", CaseFileArrange.Iso(_arrange.Today));
        var response = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", form);

        if (accepted)
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var html = await response.Content.ReadAsStringAsync();
            WebUtility.HtmlDecode(html).Should().Contain(AgeRule.OutOfRangeMessage(years));
            html.Should().Contain("aria-invalid=\"true\"").And.Contain("href=\"#Person_DateOfBirth\"");
            CaseFileArrange.Value(html, "Person.Surname").Should().Be("Vries", "what was typed is kept");
            (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participants")).Should().Be(0);
        }
    }

    [Theory]
    [InlineData("Person.Postcode", "12345", DutchPostcode.Message)]
    [InlineData("Person.Email", "jan@@example", Email.Message)]
    [InlineData("Person.Phone", "12345", DutchPhone.Message)]
    [InlineData("Person.Street", "Kinkerstraat 111222333", Bsn.FoundInTextMessage)]
    [InlineData("Person.Surname", "", "Vul de achternaam in.")]
    [InlineData("Participation.AgreedOn", "", "Vul de datum in waarop de deelnemer heeft ingestemd.")]
    public async Task Invalid_input_is_refused_with_a_Dutch_message_next_to_the_field_and_kept(string field, string value, string message)
    {
        var client = await _arrange.MunicipalityAsync();
        var response = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", CaseFileArrange.With(CaseFileArrange.RegisterForm(), field, value));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var id = field.Replace('.', '_');
        html.Should().Contain($"id=\"{id}-error\"");
        WebUtility.HtmlDecode(html).Should().Contain(message);
        html.Should().MatchRegex($"aria-describedby=\"({id}-hint )?{id}-error\"");
        CaseFileArrange.Value(html, field).Should().Be(value);
        CaseFileArrange.Value(html, "Person.City").Should().Be("Amsterdam");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participants")).Should().Be(0);
    }

    [Fact]
    public async Task Required_fields_are_marked()
    {
        var client = await _arrange.MunicipalityAsync();
        var html = await WebFixture.GetHtmlAsync(client, "/deelnemers/nieuw");

        html.Should().MatchRegex("id=\"Person_Surname\" name=\"Person.Surname\" required aria-required=\"true\"");
        html.Should().Contain("for=\"Person_Surname\"").And.Contain("Tussenvoegsel <span class=\"rmt-optional\">(optioneel)</span>").And.NotContain("(verplicht)");
        html.Should().NotMatchRegex("id=\"Person_Email\"[^>]*required");
    }
}
