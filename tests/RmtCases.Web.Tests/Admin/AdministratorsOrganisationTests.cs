using System.Net;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Admin;

/// <summary>Issue 14, point 2: administrators belong to an organisation of their own type, and only they do.</summary>
[Collection(WebCollection.Name)]
public sealed class AdministratorsOrganisationTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_administrators_organisation_is_created_and_holds_administrators_only()
    {
        var home = await fixture.CreateOrganisationAsync(OrganisationType.Administration, 11, "Functioneel beheer RMT");
        var client = await fixture.SignInAsAsync(await fixture.CreateUserAsync(home, Role.Administrator));
        var municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11, "Gemeente Amsterdam");

        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/beheer/organisaties/nieuw")).Should().Contain(">Functioneel beheer</option>");
        var created = await WebFixture.PostFormAsync(client, "/beheer/organisaties/nieuw", new()
        {
            ["Input.Name"] = "Functioneel beheer Zuid-Limburg",
            ["Input.Type"] = nameof(OrganisationType.Administration),
            ["Input.RegionId"] = "35",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await fixture.Database.ScalarAsync<int>("SELECT type FROM organisations WHERE name = 'Functioneel beheer Zuid-Limburg'")).Should().Be((int)OrganisationType.Administration);
        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, "/beheer/organisaties")).Should().Contain("Functioneel beheer Zuid-Limburg").And.Contain("Functioneel beheer</td>");

        async Task<string> CreateAsync(Organisation organisation, Role role, string email) =>
            WebUtility.HtmlDecode(await (await WebFixture.PostFormAsync(client, "/beheer/gebruikers/nieuw", new()
            {
                ["Input.DisplayName"] = "Nieuw account",
                ["Input.Email"] = email,
                ["Input.OrganisationId"] = organisation.Id.ToString(),
                ["Input.Role"] = role.ToString(),
            })).Content.ReadAsStringAsync());

        (await CreateAsync(home, Role.Caseworker, "consulent@beheer.test")).Should().Contain("Een organisatie voor functioneel beheer heeft alleen functioneel beheerders");
        (await CreateAsync(municipality, Role.Administrator, "beheer@gemeente.test")).Should().Contain("Een functioneel beheerder hoort bij een organisatie voor functioneel beheer");
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM users WHERE email IN ('consulent@beheer.test', 'beheer@gemeente.test')")).Should().Be(0);
        (await CreateAsync(home, Role.Administrator, "beheer3@beheer.test")).Should().Contain("id=\"wachtwoordlink\"");
    }
}
