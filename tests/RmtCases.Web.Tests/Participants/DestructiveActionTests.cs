using System.Net;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Pages.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

/// <summary>
/// Issue 15 point 8: a warning button and a confirmation page that says what will happen before ending a
/// participation, disabling an account, ending an involvement or preparing a purge; an ended participation
/// can be restored, audited, until its erasure date.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DestructiveActionTests(WebFixture fixture) : IAsyncLifetime
{
    private const string WarningButton = "utrecht-button--primary-action utrecht-button--warning";

    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<long> StatusAsync(Guid id) => fixture.Database.ScalarAsync<long>($"SELECT status FROM participants WHERE id = '{id}'");

    private async Task<HttpResponseMessage> WithdrawAsync(HttpClient client, Guid id, bool confirmed)
    {
        var form = await WebFixture.GetHtmlAsync(client, $"/deelnemers/{id}/beeindigen");
        var fields = new Dictionary<string, string>
        {
            ["Input.On"] = CaseFileArrange.Iso(_arrange.Today),
            ["Input.Reason"] = nameof(WithdrawalReason.FoundWork),
            ["Version"] = CaseFileArrange.Value(form, "Version")!,
        };
        if (confirmed)
        {
            fields["Confirmed"] = "true";
        }

        return await WebFixture.PostFormAsync(client, $"/deelnemers/{id}/beeindigen", fields);
    }

    [Fact]
    public async Task Ending_a_participation_first_shows_what_will_happen_and_changes_nothing()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();

        var first = await WithdrawAsync(client, participant.Id, confirmed: false);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync());
        var erasure = _arrange.Today.AddDays(28).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        html.Should().Contain("Weet u zeker dat u de deelname wilt beëindigen?").And.Contain($"Op {erasure} worden alle gegevens van de deelnemer gewist")
            .And.Contain($"class=\"utrecht-button {WarningButton}\">Ja, deelname beëindigen</button>")
            .And.Contain("name=\"Confirmed\" value=\"true\"");
        (await StatusAsync(participant.Id)).Should().Be((int)ParticipantStatus.Active, "nothing happens before the confirmation");

        (await WithdrawAsync(client, participant.Id, confirmed: true)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StatusAsync(participant.Id)).Should().Be((int)ParticipantStatus.Withdrawn);
    }

    [Fact]
    public async Task An_ended_participation_is_restored_until_its_erasure_date_and_audited()
    {
        var participant = await _arrange.ParticipantAsync();
        var client = await _arrange.MunicipalityAsync();
        await WithdrawAsync(client, participant.Id, confirmed: true);

        var file = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}"));
        file.Should().Contain($"href=\"/deelnemers/{participant.Id}/herstellen\">Beëindiging ongedaan maken</a>");
        var page = await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}/herstellen");
        var restored = await CaseFileArrange.PostLoadedAsync(client, $"/deelnemers/{participant.Id}/herstellen", page, []);

        restored.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StatusAsync(participant.Id)).Should().Be((int)ParticipantStatus.Active);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM participants WHERE id = '{participant.Id}' AND withdrawn_on IS NULL AND withdrawal_reason IS NULL")).Should().Be(1);
        (await fixture.Audit.CountAsync(AuditActions.ParticipantRestored, participant: participant.Id, user: _arrange.MunicipalityUser.Id))
            .Should().Be(1);
        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}")).Should().NotContain("De deelname is beëindigd");
    }

    [Fact]
    public async Task On_its_erasure_date_an_ended_participation_can_no_longer_be_restored()
    {
        var participant = await _arrange.ParticipantAsync();
        await fixture.Database.ExecuteAsync(
            $"UPDATE participants SET status = 2, withdrawn_on = '{CaseFileArrange.Iso(_arrange.Today.AddDays(-28))}', withdrawal_reason = 1 WHERE id = '{participant.Id}'");
        var client = await _arrange.MunicipalityAsync();

        WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}")).Should().NotContain("/herstellen");
        var page = await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}/herstellen");
        WebUtility.HtmlDecode(page).Should().Contain(RestoreModel.TooLateMessage).And.NotContain("Beëindiging ongedaan maken</button>");
        var refused = await CaseFileArrange.PostLoadedAsync(client, $"/deelnemers/{participant.Id}/herstellen", page, []);

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await StatusAsync(participant.Id)).Should().Be((int)ParticipantStatus.Withdrawn);
        (await fixture.Audit.CountAsync(AuditActions.ParticipantRestored)).Should().Be(0);
    }

    [Fact]
    public async Task Disabling_an_account_goes_through_a_confirmation_page_with_a_warning_button()
    {
        var organisation = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, CaseFileArrange.Region, "Functioneel beheer RMT");
        var admin = await fixture.SignInAsAsync(await fixture.CreateUserAsync(organisation, Role.Administrator));
        var target = _arrange.UnionUser;

        var account = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(admin, $"/beheer/gebruikers/{target.Id}"));
        account.Should().Contain($"href=\"/beheer/gebruikers/{target.Id}/uitschakelen\">Account uitschakelen</a>")
            .And.NotContain("handler=Disable", "the account page itself has no button that disables at once")
            .And.NotContain($"/beheer/gebruikers/{target.Id}/Disable");
        var confirm = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(admin, $"/beheer/gebruikers/{target.Id}/uitschakelen"));
        confirm.Should().Contain("Weet u zeker dat u het account van").And.Contain("wordt direct uitgelogd op elk apparaat")
            .And.Contain($"class=\"utrecht-button {WarningButton}\">Ja, account uitschakelen</button>")
            .And.MatchRegex($"<form [^>]*action=\"/beheer/gebruikers/{target.Id}[^\"]*Disable\"");
        (await fixture.Database.ScalarAsync<bool>($"SELECT is_disabled FROM users WHERE id = '{target.Id}'")).Should().BeFalse();
    }

    [Fact]
    public async Task Ending_an_involvement_and_preparing_a_purge_have_warning_buttons_that_say_what_happens()
    {
        var participant = await _arrange.ParticipantAsync(involve: _arrange.Union.Id);
        var client = await _arrange.MunicipalityAsync();
        var involvement = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}/organisaties/{_arrange.Union.Id}/beeindigen"));
        involvement.Should().Contain("dit dossier niet meer openen").And.Contain($"class=\"utrecht-button {WarningButton}\">Betrokkenheid van");

        var organisation = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, CaseFileArrange.Region, "Functioneel beheer RMT");
        var admin = await fixture.SignInAsAsync(await fixture.CreateUserAsync(organisation, Role.Administrator));
        var retention = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(admin, "/beheer/bewaartermijnen"));
        retention.Should().Contain("definitief gewist").And.Contain($"class=\"utrecht-button {WarningButton}\">Vernietiging voorbereiden</button>");
    }
}
