using System.Net;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Hosting;

/// <summary>The requests the issue names; the access matrix tries every page this way.</summary>
[Collection(WebCollection.Name)]
public sealed class PageHandlerTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "TRACE")
        {
            var page = await client.GetAsync("/");
            var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) });
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_page_without_a_handler_for_the_request_answers_404_or_405_never_500()
    {
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11);
        var participant = await fixture.InsertAsync(Sample.Full(11, municipality.Id, provider.Id, "Zonder"));
        var caseworker = await fixture.SignInAsAsync(await fixture.CreateUserAsync(municipality));
        var assessor = await fixture.SignInAsAsync(await fixture.CreateUserAsync(municipality, Role.WageValueAssessor));

        (await SendAsync(caseworker, "POST", $"/deelnemers/{participant.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the case file has only named POST handlers");
        (await SendAsync(caseworker, "POST", $"/deelnemers/{participant.Id}?handler=Onbekend")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await SendAsync(caseworker, "PUT", $"/deelnemers/{participant.Id}")).StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        var wageValue = await SendAsync(assessor, "POST", $"/loonwaarde/{Guid.NewGuid()}");
        wageValue.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        wageValue.Content.Headers.Allow.Should().BeEquivalentTo("GET", "HEAD");
        (await SendAsync(caseworker, "POST", "/deelnemers/nieuw?handler=Onbekend")).StatusCode.Should().Be(HttpStatusCode.NotFound, "an unknown name does not fall back to the unnamed handler");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM participants")).Should().Be(1);
    }

    [Fact]
    public async Task An_administrator_gets_no_wage_value_page_and_no_retention_page_without_a_handler()
    {
        var organisation = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11, "Functioneel beheer RMT");
        var administrator = await fixture.SignInAsAsync(await fixture.CreateUserAsync(organisation, Role.Administrator));

        (await administrator.GetAsync("/loonwaarde")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await SendAsync(administrator, "POST", "/loonwaarde")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await SendAsync(administrator, "TRACE", "/loonwaarde")).StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        (await SendAsync(administrator, "POST", "/beheer/bewaartermijnen")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the retention page has only named POST handlers");
        (await administrator.GetAsync("/beheer/bewaartermijnen")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Trace_is_refused_everywhere_signed_in_or_not()
    {
        var anonymous = fixture.CreateClient();
        foreach (var url in new[] { "/", "/account/inloggen", "/health", "/fout/404" })
        {
            var response = await SendAsync(anonymous, "TRACE", url);
            response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed, url);
            response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        }
    }
}
