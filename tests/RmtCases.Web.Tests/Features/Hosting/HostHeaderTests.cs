using System.Net;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Hosting;

/// <summary>The Host header is the sender's to choose: no link or redirect is built on it, and unknown hosts are refused.</summary>
[Collection(WebCollection.Name)]
public sealed class HostHeaderTests(WebFixture fixture) : IAsyncLifetime
{
    private const string Evil = "evil.example";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static HttpRequestMessage For(string host, HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Host = host;
        return request;
    }

    [Fact]
    public async Task A_request_for_a_host_name_that_is_not_configured_is_refused()
    {
        var response = await fixture.CreateClient().SendAsync(For(Evil, HttpMethod.Get, "/deelnemers"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Location.Should().BeNull();
        var page = await response.Content.ReadAsStringAsync();
        page.Should().NotContain(Evil);
        // The Dutch error page with the security headers, not the framework's "Bad Request - Invalid Hostname".
        page.Should().Contain("Verzoek niet geldig").And.NotContain("Invalid Hostname");
        response.Headers.Contains("Content-Security-Policy").Should().BeTrue();
    }

    [Fact]
    public async Task The_redirect_to_sign_in_is_relative()
    {
        var response = await fixture.CreateClient().GetAsync("/deelnemers?naam=x");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.IsAbsoluteUri.Should().BeFalse();
        response.Headers.Location.OriginalString.Should().Be("/account/inloggen?ReturnUrl=%2Fdeelnemers%3Fnaam%3Dx");
    }

    [Fact]
    public async Task The_one_time_password_link_is_built_on_the_public_base_url()
    {
        var organisation = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11, "Functioneel beheer RMT");
        var client = await fixture.SignInAsAsync(await fixture.CreateUserAsync(organisation, Role.Administrator));
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);

        var created = await WebFixture.PostFormAsync(client, "/beheer/gebruikers/nieuw", new()
        {
            ["Input.DisplayName"] = "Noor de Vries",
            ["Input.Email"] = "noor.devries@amsterdam.test",
            ["Input.OrganisationId"] = municipality.Id.ToString(),
            ["Input.Role"] = nameof(Role.Caseworker),
        });

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await created.Content.ReadAsStringAsync();
        html.Should().Contain($"id=\"wachtwoordlink\">{RmtAppFactory.PublicBaseUrl}/account/wachtwoord-instellen?");
        html.Should().NotContain("https://localhost");
    }

    [Theory]
    [InlineData("*", RmtAppFactory.PublicBaseUrl)]
    [InlineData("", RmtAppFactory.PublicBaseUrl)]
    [InlineData("localhost", "")]
    [InlineData("localhost", "rmt.test")]
    [InlineData("localhost", "https://rmt.test/pad")]
    public async Task Outside_the_demo_the_application_does_not_start_without_host_names_and_a_public_address(string allowedHosts, string publicBaseUrl)
    {
        await using var instance = new RmtAppFactory(fixture.Database, fixture.Clock, new Dictionary<string, string?>
        {
            ["AllowedHosts"] = allowedHosts, ["Hosting:PublicBaseUrl"] = publicBaseUrl,
        });

        var start = () => instance.Server;

        start.Should().Throw<InvalidOperationException>().Which.Message.Should().ContainAny("AllowedHosts", "PublicBaseUrl");
    }
}
