using System.Net;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Infrastructure;
using static RmtCases.Web.Tests.WageValue.WageValueArrange;

namespace RmtCases.Web.Tests.WageValue;

[Collection(WebCollection.Name)]
public sealed class WageValueAccessTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("gemeente-andere-regio")]
    [InlineData("loonwaardedeskundige-andere-regio")]
    public async Task Gemeente_users_of_another_region_do_not_see_the_assessment_in_their_list(string outsider)
    {
        var municipality = await OrganisationAsync(fixture, OrganisationType.Municipality, HomeRegion);
        await fixture.InsertAsync(Entity(municipality));
        var client = await OutsiderAsync(fixture, outsider);

        var html = await WebFixture.GetHtmlAsync(client, "/loonwaarde");

        WebUtility.HtmlDecode(html).Should().NotContain(WorkerName).And.Contain("Er zijn nog geen loonwaardemetingen.");
    }

    [Fact]
    public async Task Outsiders_cannot_post_a_new_assessment()
    {
        var client = await OutsiderAsync(fixture, "uwv");

        var response = await WebFixture.PostFormAsync(client, "/loonwaarde/nieuw", Form(), formPage: "/");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM wage_value_assessments")).Should().Be(0);
    }

    [Fact]
    public async Task Gemeente_caseworker_reads_but_cannot_change_an_assessment()
    {
        var (_, assessorClient, municipality) = await AssessorAsync(fixture);
        var id = await CreateAsync(assessorClient);
        var caseworker = await fixture.CreateUserAsync(municipality, Role.Caseworker);
        var client = await fixture.SignInAsAsync(caseworker);

        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/loonwaarde")).Should().Contain(WorkerName);
        var details = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/loonwaarde/{id}"));
        details.Should().Contain("71%").And.NotContain("/wijzigen\"");

        var edit = await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/wijzigen", Form(jobTitle: "Gewijzigd door caseworker"), formPage: $"/loonwaarde/{id}");
        var finalise = await WebFixture.PostFormAsync(client, $"/loonwaarde/{id}/definitief", [], formPage: $"/loonwaarde/{id}");

        edit.StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        finalise.StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        (await fixture.Database.ScalarAsync<string>($"SELECT job_title FROM wage_value_assessments WHERE id = '{id}'")).Should().Be("Magazijnmedewerker");
        (await fixture.Database.ScalarAsync<int>($"SELECT status FROM wage_value_assessments WHERE id = '{id}'")).Should().Be(1);
    }
}
