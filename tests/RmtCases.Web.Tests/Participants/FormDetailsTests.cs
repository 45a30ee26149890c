using System.Net;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

/// <summary>Issue 15 point 10: yes/no as radios, and one word for the external providers' organisation type.</summary>
[Collection(WebCollection.Name)]
public sealed class FormDetailsTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_target_group_question_is_asked_with_two_radios()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();

        var html = await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}/doelgroep");

        html.Should().NotContain("<select").And.Contain("type=\"radio\"");
        System.Text.RegularExpressions.Regex.Matches(html, "<input type=\"radio\"[^>]*name=\"Input.InTargetGroup\"").Should().HaveCount(2);
    }

    [Fact]
    public async Task External_providers_have_one_name_wherever_the_interface_names_their_kind()
    {
        var label = OrganisationType.ExternalProvider.Dutch();
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();

        var service = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}/dienstverlening/nieuw"));
        service.Should().Contain($"Een {label.ToLowerInvariant()} van de regio.");
        service.Should().NotContainEquivalentOf("onderwijsinstelling", "the second word for the same kind of organisation is gone");

        var admin = await fixture.SignInAsAsync(await fixture.CreateUserAsync(_arrange.Municipality, Role.Administrator));
        var organisations = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(admin, "/beheer/organisaties/nieuw"));
        organisations.Should().Contain($">{label}</option>").And.NotContainEquivalentOf("onderwijsinstelling");
    }
}
