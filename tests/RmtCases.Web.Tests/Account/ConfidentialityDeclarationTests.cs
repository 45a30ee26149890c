using System.Net;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Account;

[Collection(WebCollection.Name)]
public sealed class ConfidentialityDeclarationTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly string[] _pages =
        ["/", "/deelnemers", "/deelnemers/nieuw", "/loonwaarde", "/beheer/gebruikers", "/een-pagina-die-niet-bestaat"];

    private static Task<HttpResponseMessage> AcceptAsync(HttpClient client) =>
        WebFixture.PostFormAsync(client, "/verklaring", new() { ["Accept"] = "true" });

    [Theory]
    [InlineData(OrganisationType.Union)]
    [InlineData(OrganisationType.EmployerOrganisation)]
    public async Task A_caseworker_without_statutory_confidentiality_is_sent_to_the_declaration_from_every_page(OrganisationType type)
    {
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(type, 11), declarationAccepted: false);
        var client = await fixture.SignInAsAsync(user);

        foreach (var page in _pages)
        {
            var response = await client.GetAsync(page);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, page);
            response.Headers.Location!.OriginalString.Should().Be("/verklaring", page);
        }

        (await WebFixture.GetHtmlAsync(client, "/verklaring")).Should().Contain("Verklaring accepteren");
    }

    [Fact]
    public async Task After_accepting_the_union_caseworker_reaches_the_start_page()
    {
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Union, 11), declarationAccepted: false);
        var client = await fixture.SignInAsAsync(user);

        var refused = await WebFixture.PostFormAsync(client, "/verklaring", new());
        refused.StatusCode.Should().Be(HttpStatusCode.OK, "accepting needs the box ticked");
        var accepted = await AcceptAsync(client);

        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM confidentiality_acceptances WHERE user_id = '{user.Id}' AND version = '2021-1'")).Should().Be(1);
        (await fixture.Audit.CountAsync(AuditActions.DeclarationAccepted, user: user.Id)).Should().Be(1);
    }

    [Theory]
    [InlineData(OrganisationType.Municipality)]
    [InlineData(OrganisationType.Uwv)]
    public async Task Gemeente_and_UWV_caseworkers_need_no_declaration(OrganisationType type)
    {
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(type, 11), declarationAccepted: false);
        var client = await fixture.SignInAsAsync(user);

        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_version_of_the_declaration_must_be_accepted_again()
    {
        var user = await fixture.CreateUserAsync(await fixture.CreateOrganisationAsync(OrganisationType.Union, 11));
        var client = await fixture.SignInAsAsync(user);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "version 2021-1 is accepted");
        await using var newVersion = new RmtAppFactory(fixture.Database, fixture.Clock, new Dictionary<string, string?>
        {
            ["Confidentiality:Version"] = "2099-1",
        });
        var onNewVersion = await fixture.SignInAsAsync(user, newVersion);

        var response = await onNewVersion.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/verklaring");
        (await WebFixture.GetHtmlAsync(onNewVersion, "/verklaring")).Should().Contain("2099-1");
        (await AcceptAsync(onNewVersion)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await onNewVersion.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
