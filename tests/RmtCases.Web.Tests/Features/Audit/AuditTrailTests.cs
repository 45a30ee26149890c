using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Tests.Features.Exchange;
using RmtCases.Web.Tests.Features.Pdf;
using RmtCases.Web.Tests.Infrastructure;
using RmtCases.Web.Tests.Participants;

namespace RmtCases.Web.Tests.Features.Audit;

[Collection(WebCollection.Name)]
public sealed class AuditTrailTests(WebFixture fixture) : IAsyncLifetime
{
    private CaseFileArrange _arrange = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _arrange = await CaseFileArrange.CreateAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed record Expected(string Action, Guid? ParticipantId, string? Categories, string? Fields, string Outcome = AuditOutcomes.Success);

    /// <summary>
    /// Sign in, the list, the case file, a changed city, a new work-history entry, a share with the union,
    /// its download, and the access report with its download; returns what the session made.
    /// </summary>
    private async Task<(Participant Participant, Shared Share, byte[] SharePdf, Shared Report, byte[] ReportPdf)> RunSessionAsync()
    {
        var participant = await _arrange.ParticipantAsync();
        // As stored by the form (E.164), so that saving the person form changes only the city.
        await fixture.InScopeAsync(async (_, db) =>
        {
            var stored = await db.Participants.SingleAsync(p => p.Id == participant.Id);
            stored.Person.Phone = "+31612345678";
            await db.SaveChangesAsync();
        });
        // Short names, so that the PDF's table cells do not wrap them.
        await fixture.Database.ExecuteAsync($"UPDATE organisations SET name = 'Gemeente Voorbeeld' WHERE id = '{_arrange.Municipality.Id}'");
        await fixture.Database.ExecuteAsync($"UPDATE organisations SET name = 'FNV Voorbeeld' WHERE id = '{_arrange.Union.Id}'");
        var client = await _arrange.MunicipalityAsync();

        await WebFixture.GetHtmlAsync(client, "/deelnemers");
        await WebFixture.GetHtmlAsync(client, $"/deelnemers/{participant.Id}");
        (await AuditSession.ChangePersonAsync(client, participant.Id, "City", "Haarlem")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AuditSession.SubmitAsync(client, $"/deelnemers/{participant.Id}/arbeidsverleden/nieuw", new()
        {
            ["Input.Employer"] = "Schiphol Group", ["Input.JobTitle"] = "Baliemedewerker", ["Input.StartDate"] = "2010-01-01",
            ["Input.EndDate"] = "2015-12-31", ["Input.HoursPerWeek"] = "36",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var share = await ShareFlow.ShareAsync(client, participant.Id, _arrange.Union.Id, "af");
        var sharePdf = await client.GetByteArrayAsync(share.DownloadUrl);
        var report = await AuditSession.ProduceAccessReportAsync(client, participant.Id);
        var reportPdf = await client.GetByteArrayAsync(report.DownloadUrl);
        return (participant, share, sharePdf, report, reportPdf);
    }

    [Fact]
    public async Task A_scripted_session_leaves_exactly_the_expected_audit_trail()
    {
        var (participant, _, _, _, _) = await RunSessionAsync();
        var id = participant.Id;

        var events = await AuditSession.EventsAsync(fixture);

        Expected[] expected =
        [
            new(AuditActions.SignInSucceeded, null, null, "code,password"),
            new(AuditActions.ParticipantListed, null, "a", null),
            new(AuditActions.ParticipantViewed, id, "abcdefg", null),
            new(AuditActions.ParticipantViewed, id, "a", null),
            new(AuditActions.ParticipantChanged, id, "a", "Person.City"),
            new(AuditActions.ParticipantViewed, id, "c", null),
            new(AuditActions.ParticipantChanged, id, "c", "WorkHistory.added"),
            new(AuditActions.ParticipantViewed, id, "a", "name"),
            new(AuditActions.ExportCreated, id, "af", null),
            new(AuditActions.ExportDownloaded, id, null, null),
            new(AuditActions.ParticipantViewed, id, "a", "name"),
            new(AuditActions.SubjectAccessReport, id, "abcdefg", null),
            new(AuditActions.ExportDownloaded, id, null, null),
        ];
        events.Select(e => new Expected(e.Action, e.ParticipantId, e.Categories, e.Fields, e.Outcome))
            .Should().Equal(expected);

        var databaseNow = await fixture.Database.ScalarAsync<DateTime>("SELECT now()");
        var user = _arrange.MunicipalityUser;
        foreach (var e in events)
        {
            e.UserId.Should().Be(user.Id, e.Action);
            e.OrganisationId.Should().Be(user.Organisation.Id, e.Action);
            e.OrganisationType.Should().Be(nameof(OrganisationType.Municipality), e.Action);
            e.Role.Should().Be(nameof(Role.Caseworker), e.Action);
            e.CorrelationId.Should().NotBeNullOrWhiteSpace(e.Action);
            e.ClientIp.Should().MatchRegex(@"^10\.11\.\d+\.\d+$", e.Action);
            e.Hash.Should().MatchRegex("^[0-9a-f]{64}$", e.Action);
            // The database's clock, not the application's (the tests move that one ahead).
            e.OccurredAt.UtcDateTime.Should().BeCloseTo(databaseNow.ToUniversalTime(), TimeSpan.FromMinutes(2), e.Action);
        }

        events.Select(e => e.OccurredAt).Should().BeInAscendingOrder();
        events.Select(e => e.CorrelationId).Distinct().Should().HaveCount(events.Count, "each request has its own correlation id");
        events.Skip(1).Zip(events, (next, previous) => next.PreviousHash == previous.Hash).Should().AllBeEquivalentTo(true);

        // Exports name their record and purpose; the recipient is in the record.
        var records = await fixture.InScopeAsync(async (_, db) => await db.ExportRecords.ToListAsync());
        var exchange = records.Single(r => r.Kind == ExportKind.Exchange);
        var accessReport = records.Single(r => r.Kind == ExportKind.SubjectAccessReport);
        events.Single(e => e.Action == AuditActions.ExportCreated).Should().Match<Domain.Audit.AuditEvent>(e => e.SubjectId == exchange.Id && e.Purpose == ShareFlow.Purpose);
        events.Single(e => e.Action == AuditActions.SubjectAccessReport).Should().Match<Domain.Audit.AuditEvent>(e => e.SubjectId == accessReport.Id && e.Purpose == "SubjectAccessRequest");
        accessReport.RecipientOrganisationId.Should().Be(_arrange.Municipality.Id);
        accessReport.Categories.Should().Be("abcdefg");
        accessReport.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public async Task The_access_report_holds_the_data_the_exports_and_the_organisations_that_viewed_it()
    {
        var (_, share, _, report, reportPdf) = await RunSessionAsync();

        var text = string.Join(' ', PdfText.Pages(reportPdf, report.Password));

        text.Should().Contain("Inzage in uw persoonsgegevens")
            .And.Contain("Ayşe Öztürk").And.Contain("Haarlem").And.Contain("Schiphol Group").And.Contain("Baliemedewerker")
            .And.Contain("Travel & Hospitality").And.Contain("Medewerker klantenservice").And.Contain("Re-integratiebureau Voorbeeld")
            .And.Contain("Behoort tot de doelgroep banenafspraak: ja");
        var reference = System.Text.RegularExpressions.Regex.Match(share.Html, "RMT-20[0-9]{2}-[A-Z0-9]{8}").Value;
        reference.Should().NotBeEmpty();
        text.Should().Contain("Aan wie uw gegevens zijn verstrekt")
            .And.Contain("Verstrekt door Gemeente Voorbeeld").And.Contain("Verstrekt aan FNV Voorbeeld")
            .And.Contain("Gegevens Persoonsgegevens, Inzet aanvullende crisisdienstverlening")
            .And.Contain("Doel " + ShareFlow.PurposeLabel).And.Contain("Exportkenmerk " + reference);
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"))
            .ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        text.Should().Contain("Wie uw gegevens heeft ingezien of gewijzigd")
            .And.Contain($"Gemeente Voorbeeld Ingezien {today} {today}")
            .And.Contain($"Gemeente Voorbeeld Gewijzigd {today} {today}")
            .And.Contain($"Gemeente Voorbeeld Verstrekt {today} {today}");
        text.Should().NotContain("Test Caseworker", "staff names are not in the report");
    }

    [Fact]
    public async Task Union_caseworkers_and_administrators_get_404_on_the_access_report()
    {
        var participant = await _arrange.ParticipantAsync(involve: _arrange.Union.Id);
        var administration = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, CaseFileArrange.Region, "Functioneel beheer");
        var administrator = await fixture.CreateUserAsync(administration, Role.Administrator);
        var union = await _arrange.UnionAsync();
        var admin = await fixture.SignInAsAsync(administrator);

        await WebFixture.GetHtmlAsync(union, AuditSession.InzagePath(participant.Id), HttpStatusCode.NotFound);
        await WebFixture.GetHtmlAsync(admin, AuditSession.InzagePath(participant.Id), HttpStatusCode.NotFound);
        var file = await WebFixture.GetHtmlAsync(union, $"/deelnemers/{participant.Id}");
        var post = await union.PostAsync(AuditSession.InzagePath(participant.Id), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.IdentityVerified"] = "true",
            ["__RequestVerificationToken"] = CaseFileArrange.Value(file, "__RequestVerificationToken")!,
        }));

        post.StatusCode.Should().Be(HttpStatusCode.NotFound);
        file.Should().NotContain("/inzage", "the case file links the report only for those who may make it");
        (await fixture.Audit.CountAsync(AuditActions.AccessRefused, participant: participant.Id, user: _arrange.UnionUser.Id))
            .Should().Be(2);
        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM export_records")).Should().Be(0);
        var municipalityFile = await WebFixture.GetHtmlAsync(await _arrange.MunicipalityAsync(), $"/deelnemers/{participant.Id}");
        municipalityFile.Should().Contain($"/deelnemers/{participant.Id}/inzage");
    }

    [Fact]
    public async Task No_personal_data_reaches_the_audit_trail_or_the_logs()
    {
        var uwv = await fixture.CreateOrganisationAsync(OrganisationType.Uwv, CaseFileArrange.Region, "UWV Kanarieregio");
        var digits = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tag = Guid.NewGuid().ToString("N")[..6];
        string Canary(string what) => $"Kanarie{what}{tag}";
        var canaries = new Dictionary<string, string>
        {
            ["Person.GivenNames"] = Canary("Voornaam"),
            ["Person.Infix"] = $"kan{tag}",
            ["Person.Surname"] = Canary("Achternaam"),
            ["Person.DateOfBirth"] = "1977-03-29",
            ["Person.Street"] = Canary("Straat"),
            ["Person.HouseNumber"] = $"7K{tag}",
            ["Person.Postcode"] = "8391 QZ",
            ["Person.City"] = Canary("Plaats"),
            ["Person.Phone"] = $"06-{digits}",
            ["Person.Email"] = $"kanarie-{tag}@example.nl",
        };
        var form = new Dictionary<string, string>(canaries)
        {
            ["Participation.AgreedOn"] = "2021-09-01",
            ["Participation.InformedBy"] = nameof(InformedBy.InPerson),
        };
        var client = await _arrange.MunicipalityAsync();

        var registered = await WebFixture.PostFormAsync(client, "/deelnemers/nieuw", form);
        registered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = Guid.Parse(registered.Headers.Location!.OriginalString.Split('/').Last());
        var file = $"/deelnemers/{id}";
        var sections = new (string Url, Dictionary<string, string> Fields)[]
        {
            ($"{file}/opleiding/nieuw", new() { ["Input.Level"] = nameof(EducationLevel.Hbo), ["Input.Programme"] = Canary("Opleiding"), ["Input.Institution"] = Canary("Instelling"), ["Input.StartYear"] = "1996", ["Input.EndYear"] = "2000", ["Input.DiplomaObtained"] = "true" }),
            ($"{file}/arbeidsverleden/nieuw", new() { ["Input.Employer"] = Canary("Werkgever"), ["Input.JobTitle"] = Canary("Functie"), ["Input.StartDate"] = "2001-01-01", ["Input.EndDate"] = "2020-12-31", ["Input.HoursPerWeek"] = "38" }),
            ($"{file}/situatie", new() { ["Input.Status"] = nameof(WorkStatus.AtRiskOfRedundancy), ["Input.Employer"] = Canary("Huidigewerkgever"), ["Input.JobTitle"] = Canary("Huidigefunctie"), ["Input.HoursPerWeek"] = "32", ["Input.ExpectedEndOfEmployment"] = "" }),
            ($"{file}/bemiddeling/nieuw", new() { ["Input.Kind"] = nameof(MediationKind.VacancyReferral), ["Input.Date"] = CaseFileArrange.Iso(_arrange.Today), ["Input.Vacancy"] = Canary("Vacature"), ["Input.Outcome"] = nameof(MediationOutcome.Pending) }),
            ($"{file}/doelgroep", new() { ["Input.InTargetGroup"] = "true", ["Input.RegisteredOn"] = "2021-09-01" }),
            ($"{file}/dienstverlening/nieuw", new() { ["Input.ServiceType"] = nameof(ServiceType.Werkfitbehoud), ["Input.ProviderId"] = _arrange.Provider.Id.ToString(), ["Input.StartDate"] = "2021-10-01", ["Input.EndDate"] = "2021-12-31", ["Input.Cost"] = "1.250,00" }),
        };
        foreach (var (url, fields) in sections)
        {
            (await AuditSession.SubmitAsync(client, url, fields)).StatusCode.Should().Be(HttpStatusCode.Redirect, url);
        }

        // Views, an edit, exports to a union and to UWV (with g), downloads and the access report.
        await WebFixture.GetHtmlAsync(client, "/deelnemers");
        (await WebFixture.GetHtmlAsync(client, file)).Should().Contain(canaries["Person.Street"], "the data was stored");
        var newCity = Canary("Nieuweplaats");
        (await AuditSession.ChangePersonAsync(client, id, "City", newCity)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var toUnion = await ShareFlow.ShareAsync(client, id, _arrange.Union.Id, "abcdef");
        await client.GetByteArrayAsync(toUnion.DownloadUrl);
        var toUwv = await ShareFlow.ShareAsync(client, id, uwv.Id, "abcdefg");
        await client.GetByteArrayAsync(toUwv.DownloadUrl);
        var report = await AuditSession.ProduceAccessReportAsync(client, id);
        var reportText = string.Join(' ', PdfText.Pages(await client.GetByteArrayAsync(report.DownloadUrl), report.Password));
        reportText.Should().Contain(canaries["Person.Surname"], "the report holds the data");
        await WebFixture.GetHtmlAsync(client, file);

        var values = canaries.Values
            .Concat([$"+316{digits}", digits, "29-03-1977", "8391QZ", newCity, Canary("Opleiding"), Canary("Instelling"),
                Canary("Werkgever"), Canary("Functie"), Canary("Huidigewerkgever"), Canary("Huidigefunctie"), Canary("Vacature")])
            .ToList();
        var rows = new List<string>();
        await using (var connection = new NpgsqlConnection(fixture.Database.AllRegionsConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT row_to_json(a)::text FROM audit_events a", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }

        rows.Should().HaveCountGreaterThan(20);
        var logs = fixture.Factory.Logs.Lines.ToList();
        logs.Should().NotBeEmpty();
        foreach (var value in values)
        {
            rows.Should().NotContain(r => r.Contains(value, StringComparison.OrdinalIgnoreCase), $"the audit trail holds no '{value}'");
            logs.Should().NotContain(l => l.Contains(value, StringComparison.OrdinalIgnoreCase), $"no log line holds '{value}'");
        }
    }
}
