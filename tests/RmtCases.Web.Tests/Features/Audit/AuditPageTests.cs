using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Audit;

[Collection(WebCollection.Name)]
public sealed class AuditPageTests(WebFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Administrators_filter_the_trail_by_participant_and_run_the_verifier_and_that_reading_is_recorded()
    {
        var organisation = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var participant = Guid.NewGuid();
        await fixture.InScopeAsync(async (services, _) =>
        {
            var log = services.GetRequiredService<AuditLog>();
            await log.RecordAsync(AuditActions.ParticipantViewed, participantId: participant);
            await log.RecordAsync(AuditActions.ParticipantViewed, participantId: Guid.NewGuid());
        });
        var admin = await fixture.CreateUserAsync(organisation, Role.Administrator);
        var client = await fixture.SignInAsAsync(admin);

        var html = await WebFixture.GetHtmlAsync(client, $"/beheer/audit?Filter.ParticipantId={participant}");
        html.Should().Contain("Gebeurtenis 1 tot en met 1 van 1, nieuwste eerst").And.Contain(participant.ToString());

        var verified = await WebFixture.PostFormAsync(client, "/beheer/audit/controleren", [], "/beheer/audit");
        (await verified.Content.ReadAsStringAsync()).Should().Contain("De keten is intact");

        (await fixture.Audit.CountAsync(AuditActions.AuditViewed, user: admin.Id))
            .Should().BeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_broken_chain_is_named_on_the_page()
    {
        var organisation = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, 11);
        var client = await fixture.SignInAsAsync(await fixture.CreateUserAsync(organisation, Role.Administrator));
        await fixture.SealAuditAsync();
        var first = await fixture.Database.ScalarAsync<long>("SELECT min(id) FROM audit_events");

        await fixture.Database.ExecuteAsync($"UPDATE audit_events SET client_ip = '10.0.0.1' WHERE id = {first}");
        var verified = await WebFixture.PostFormAsync(client, "/beheer/audit/controleren", [], "/beheer/audit");

        (await verified.Content.ReadAsStringAsync()).Should().Contain($"De keten is verbroken bij rij {first}");
    }

    [Fact]
    public async Task Caseworkers_do_not_reach_the_audit_trail()
    {
        var organisation = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11);
        var client = await fixture.SignInAsAsync(await fixture.CreateUserAsync(organisation));
        (await client.GetAsync("/beheer/audit")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
