using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Exchange;

/// <summary>
/// Issue 14, point 4: the export purpose is chosen from a list and kept as a code in the export register and the
/// audit trail; free text of earlier exports (which may hold personal data) is migrated away.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ExportPurposeTests(WebFixture fixture) : IAsyncLifetime
{
    private const string PreviousMigration = "20261123123754_NationalScale";
    private const string Canary = "Jan Jansen heeft een burn-out";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_purpose_is_a_code_in_the_register_and_the_trail_and_a_Dutch_label_on_the_audit_page()
    {
        var (sender, participant, _) = await ShareFlow.ArrangeAsync(fixture, OrganisationType.Municipality);
        var recipient = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, 11, "UWV Groot Amsterdam");
        var client = await fixture.SignInAsAsync(sender);

        var shared = await ShareFlow.ShareAsync(client, participant.Id, recipient.Id, "ab", purpose: "VacancyMediation");

        shared.Html.Should().Contain("Bemiddeling naar een vacature", "the history on the page shows the label");
        (await fixture.Database.ScalarAsync<string>("SELECT purpose FROM export_records")).Should().Be("VacancyMediation");
        (await fixture.Audit.FirstAsync(AuditActions.ExportCreated)).Purpose.Should().Be("VacancyMediation");

        var administration = await fixture.CreateOrganisationAsync(OrganisationType.Administration, 11, "Functioneel beheer RMT");
        var admin = await fixture.SignInAsAsync(await fixture.CreateUserAsync(administration, Role.Administrator));
        var audit = WebUtility.HtmlDecode(await WebFixture.GetHtmlAsync(admin, $"/beheer/audit?Filter.ParticipantId={participant.Id}"));
        audit.Should().Contain("Bemiddeling naar een vacature").And.NotContain(">VacancyMediation<");
    }

    [Fact]
    public async Task The_migration_replaces_free_text_purposes_keeps_the_chain_intact_and_retypes_the_administrators_organisation()
    {
        await MigrateAsync(PreviousMigration);
        var municipality = Guid.NewGuid();
        var administration = Guid.NewGuid();
        var mixed = Guid.NewGuid();
        var admin = Guid.NewGuid();
        var mixedAdmin = Guid.NewGuid();
        var participant = Guid.NewGuid();
        await fixture.Database.ExecuteAsync($"""
            INSERT INTO organisations (id, name, type, region_id) VALUES
                ('{municipality}', 'Gemeente Amsterdam', 1, 11), ('{administration}', 'Functioneel beheer RMT', 1, 11), ('{mixed}', 'Gemeente Zaanstad', 1, 11);
            INSERT INTO users (id, display_name, organisation_id, role, is_disabled, created_at, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count) VALUES
                ('{admin}', 'Beheer', '{administration}', 3, false, now(), true, false, false, true, 0),
                ('{Guid.NewGuid()}', 'Consulent', '{mixed}', 1, false, now(), true, false, false, true, 0),
                ('{mixedAdmin}', 'Beheer Zaanstad', '{mixed}', 3, false, now(), true, false, false, true, 0);
            INSERT INTO export_records (id, reference, kind, sender_user_id, sender_organisation_id, recipient_organisation_id, participant_id, region_id, purpose, categories, created_at, sha256, size_bytes) VALUES
                ('{Guid.NewGuid()}', 'RMT-2021-LEGACY01', 1, '{admin}', '{municipality}', '{administration}', '{participant}', 11, '{Canary}', 'a', now(), '{new string('0', 64)}', 1),
                ('{Guid.NewGuid()}', 'RMT-2021-LEGACY02', 2, '{admin}', '{municipality}', '{municipality}', '{participant}', 11, 'Inzageverzoek (AVG art. 15)', 'abcdefg', now(), '{new string('0', 64)}', 1);
            INSERT INTO audit_events (action, outcome) VALUES ('participant.viewed', 'success');
            INSERT INTO audit_events (action, outcome, purpose, participant_id) VALUES ('export.created', 'success', '{Canary}', '{participant}');
            INSERT INTO audit_events (action, outcome, purpose) VALUES ('participant.subject_access_report', 'success', 'Inzageverzoek (AVG art. 15)');
            INSERT INTO audit_events (action, outcome) VALUES ('participant.viewed', 'success');
            """);

        await MigrateAsync(null);

        (await fixture.Database.ScalarAsync<string>("SELECT string_agg(purpose, ',' ORDER BY reference) FROM export_records")).Should().Be("LegacyUnknown,SubjectAccessRequest");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM audit_events a WHERE row_to_json(a)::text LIKE '%Jansen%'")).Should().Be(0);
        (await fixture.Audit.FirstAsync(AuditActions.ExportCreated)).Purpose.Should().Be("LegacyUnknown");
        (await fixture.Audit.FirstAsync(AuditActions.SubjectAccessReport)).Purpose.Should().Be("SubjectAccessRequest");
        (await fixture.Database.ScalarAsync<string>("SELECT action FROM audit_events ORDER BY chain_sequence DESC LIMIT 1")).Should().Be("audit.purposes_replaced");
        var verification = await fixture.Factory.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        verification.Intact.Should().BeTrue(verification.Reason);

        (await fixture.Database.ScalarAsync<int>($"SELECT type FROM organisations WHERE id = '{administration}'")).Should().Be((int)OrganisationType.Administration);
        (await fixture.Database.ScalarAsync<int>($"SELECT type FROM organisations WHERE id = '{mixed}'")).Should().Be((int)OrganisationType.Municipality);
        (await fixture.Database.ScalarAsync<int>($"SELECT o.type FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = '{mixedAdmin}'"))
            .Should().Be((int)OrganisationType.Administration, "an administrator moves out of an organisation with caseworkers");
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM users WHERE organisation_id = '{mixed}'")).Should().Be(1);
    }

    private async Task MigrateAsync(string? target)
    {
        var options = new DbContextOptionsBuilder<RmtDbContext>()
            .UseNpgsql(fixture.Database.OwnerConnectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using var db = new RmtDbContext(options);
        await db.GetService<IMigrator>().MigrateAsync(target);
    }
}
