using Microsoft.Playwright;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Participants;
using RmtCases.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RmtCases.Browser.Tests;

/// <summary>
/// axe-core (WCAG 2.1 A/AA, serious and critical) on every page of the caseworker's flows, for every role
/// that can reach it, forms in their error state included. One test per role: one sign-in, many pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Region = 11;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(OrganisationType.Municipality)]
    [InlineData(OrganisationType.Uwv)]
    [InlineData(OrganisationType.Union)]
    [InlineData(OrganisationType.EmployerOrganisation)]
    public async Task Every_page_of_the_case_file_passes_axe_for_a_caseworker(OrganisationType type)
    {
        var municipality = await fixture.Web.CreateOrganisationAsync(OrganisationType.Municipality, Region);
        var own = type == OrganisationType.Municipality ? municipality : await fixture.Web.CreateOrganisationAsync(type, Region);
        var provider = await fixture.Web.CreateOrganisationAsync(OrganisationType.ExternalProvider, Region);
        // Union and employer-organisation caseworkers see only cases their organisation is involved in.
        var participant = Sample.Full(Region, municipality.Id, provider.Id);
        participant.Involve(own.Id, DateTimeOffset.UtcNow);
        await fixture.Web.InsertAsync(participant);
        var user = await fixture.Web.CreateUserAsync(own);

        await TourAsync(type.ToString(), user, async tour =>
        {
            var file = $"/deelnemers/{participant.Id}";
            await tour.CheckAsync("/");
            await tour.CheckAsync("/deelnemers");
            await tour.CheckAsync("/deelnemers", "zoekresultaat", async page =>
            {
                await page.GetByLabel("Achternaam").FillAsync("Ozturk");
                await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Öztürk");
            });
            await tour.CheckAsync("/deelnemers", "fout", async page =>
            {
                await page.GetByLabel("Postcode").FillAsync("12");
                await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
            });
            await tour.CheckAsync("/deelnemers/nieuw");
            await tour.CheckAsync("/deelnemers/nieuw", "fout", SubmitAsync("Deelnemer registreren"));
            await tour.CheckAsync(file);
            await tour.CheckAsync(file + "/persoon");
            await tour.CheckAsync(file + "/persoon", "fout", async page =>
            {
                await page.GetByLabel("Postcode").FillAsync("12345");
                await SubmitAsync("Opslaan")(page);
            });
            await tour.CheckAsync(file + "/arbeidsverleden/nieuw");
            await tour.CheckAsync(file + "/arbeidsverleden/nieuw", "fout", SubmitAsync("Opslaan"));
            await tour.CheckAsync(file + "/delen");
            await tour.CheckAsync(file + "/fase");
            await tour.CheckAsync(file + "/fase", "fout", SubmitAsync("Fase wijzigen"));
            await tour.CheckAsync(file + "/plan");
            await tour.CheckAsync(file + "/plan", "fout", SubmitAsync("Actie toevoegen"));
            await tour.CheckAsync(file + "/casehouder");
            await tour.CheckAsync(file + "/tijdlijn");
            await tour.CheckAsync(file + "/beeindigen");
            await tour.CheckAsync(file + "/beeindigen", "fout", SubmitAsync("Doorgaan"));
            if (type == OrganisationType.Municipality)
            {
                await tour.CheckAsync("/loonwaarde");
            }

            await tour.CheckAsync(file + "/beeindigen", "beëindigd", async page =>
            {
                await BrowserFixture.FillDateAsync(page, "Datum van beëindiging", fixture.Web.Clock.TodayInNetherlands().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                await page.GetByLabel("Reden").SelectOptionAsync(nameof(WithdrawalReason.OwnRequest));
                await SubmitAsync("Doorgaan")(page);
                (await BrowserFixture.AxeViolationsAsync(page)).Should().BeEmpty("the confirmation page");
                await SubmitAsync("Ja, deelname beëindigen")(page);
                await Assertions.Expect(page.GetByText("Het dossier kan niet meer worden gewijzigd")).ToBeVisibleAsync();
            });
        });
    }

    [Fact]
    public async Task Every_wage_value_page_passes_axe_for_an_assessor()
    {
        var municipality = await fixture.Web.CreateOrganisationAsync(OrganisationType.Municipality, Region);
        var assessor = await fixture.Web.CreateUserAsync(municipality, Role.WageValueAssessor);
        var assessment = await fixture.Web.InsertAsync(Assessment(municipality, assessor.Id));

        await TourAsync("WageValueAssessor", assessor, async tour =>
        {
            await tour.CheckAsync("/loonwaarde");
            await tour.CheckAsync("/loonwaarde/nieuw");
            await tour.CheckAsync("/loonwaarde/nieuw", "fout", SubmitAsync("Opslaan als concept"));
            await tour.CheckAsync($"/loonwaarde/{assessment.Id}");
        });

        // Besluit art. 3(2): the college's vaststelling is a gemeente caseworker's page.
        var caseworker = await fixture.Web.CreateUserAsync(municipality, Role.Caseworker);
        await TourAsync("WageValueDecider", caseworker, async tour =>
        {
            await tour.CheckAsync($"/loonwaarde/{assessment.Id}/vaststellen");
            await tour.CheckAsync($"/loonwaarde/{assessment.Id}/vaststellen", "fout", SubmitAsync("Vaststellen"));
        });
    }

    [Fact]
    public async Task Every_administration_page_passes_axe_for_an_administrator()
    {
        // The administrators' organisation is hosted by a gemeente; the role keeps them from personal data.
        var organisation = await fixture.Web.CreateOrganisationAsync(OrganisationType.Municipality, Region);
        var administrator = await fixture.Web.CreateUserAsync(organisation, Role.Administrator);
        var caseworker = await fixture.Web.CreateUserAsync(organisation);
        var assessor = await fixture.Web.CreateUserAsync(organisation, Role.WageValueAssessor);

        await TourAsync("Administrator", administrator, async tour =>
        {
            await tour.CheckAsync("/beheer/gebruikers");
            await tour.CheckAsync($"/beheer/gebruikers/{caseworker.Id}");
            await tour.CheckAsync($"/beheer/gebruikers/{assessor.Id}");
            await tour.CheckAsync($"/beheer/gebruikers/{assessor.Id}", "fout", SubmitAsync("Kwalificaties opslaan"));
            await tour.CheckAsync("/beheer/gebruikers/nieuw");
            await tour.CheckAsync("/beheer/gebruikers/nieuw", "fout", SubmitAsync("Gebruiker toevoegen"));
            await tour.CheckAsync("/beheer/organisaties");
            await tour.CheckAsync("/beheer/organisaties/nieuw");
            await tour.CheckAsync("/beheer/organisaties/nieuw", "fout", SubmitAsync("Organisatie toevoegen"));
            await tour.CheckAsync("/beheer/audit");
            await tour.CheckAsync("/beheer/bewaartermijnen");
            await tour.CheckAsync("/beheer/actiecatalogus");
            await tour.CheckAsync("/beheer/actiecatalogus", "fout", SubmitAsync("Actie toevoegen"));
        });
    }

    /// <summary>Guards the guards: an empty list above must mean clean pages, not checks that see nothing.</summary>
    [Fact]
    public async Task The_checks_see_a_missing_label_and_a_blocked_inline_script()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync("/account/inloggen");
            await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input id=zonder-label>')");
            (await BrowserFixture.AxeViolationsAsync(page)).Should().ContainMatch("label (critical)*");

            await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.x = 1'; document.body.append(s); }");
            await Assertions.Expect(page.Locator("body")).ToBeVisibleAsync();
            fixture.CspErrors.Should().ContainMatch("*inline script*");
            fixture.CspErrors.Clear();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static Func<IPage, Task> SubmitAsync(string button) => async page =>
    {
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync();
    };

    /// <summary>Signs in, runs the checks, and fails once at the end with every violation on every page.</summary>
    private async Task TourAsync(string role, TestUser user, Func<Tour, Task> checks)
    {
        var page = await fixture.NewPageAsync();
        var tour = new Tour(page, role);
        try
        {
            await fixture.SignInAsync(page, user);
            await checks(tour);
            output.WriteLine($"{role}: {tour.Pages} pages checked, {tour.Violations.Count} violations");
            File.AppendAllLines(BrowserFixture.AxeReportPath, tour.Checked.Select(c => $"{role}\t{c}"));
            tour.Violations.Should().BeEmpty();
            fixture.CspErrors.Should().BeEmpty("the CSP allows no inline script or style");
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, $"{nameof(AccessibilityTests)}-{role}");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private sealed class Tour(IPage page, string role)
    {
        public List<string> Violations { get; } = [];

        public List<string> Checked { get; } = [];

        public int Pages => Checked.Count;

        public async Task CheckAsync(string url, string? state = null, Func<IPage, Task>? action = null)
        {
            var response = await page.GotoAsync(url);
            response!.Ok.Should().BeTrue($"{role} should reach {url}");
            if (action is not null)
            {
                await action(page);
            }

            var name = state is null ? url : $"{url} ({state})";
            Checked.Add(name);
            foreach (var violation in await BrowserFixture.AxeViolationsAsync(page))
            {
                Violations.Add($"{name}: {violation}");
            }

            if (state == "fout")
            {
                await Assertions.Expect(page.Locator("#foutmeldingen")).ToBeVisibleAsync();
            }
        }
    }

    private static WageValueAssessment Assessment(Organisation municipality, Guid createdBy)
    {
        var assessment = new WageValueAssessment
        {
            RegionId = municipality.RegionId,
            MunicipalityOrganisationId = municipality.Id,
            CreatedByUserId = createdBy,
            CreatedAt = DateTimeOffset.UtcNow,
            WorkerName = "Kees Verbruggen-Çelik",
            WorkerDateOfBirth = new DateOnly(1990, 4, 12),
            EmployerName = "Bakkerij De Korenbloem",
            JobTitle = "Magazijnmedewerker",
            ObservationDates = [new DateOnly(2026, 11, 2)],
            EmployerInputBy = "J. de Boer",
            EmployerInputOn = new DateOnly(2026, 11, 9),
            EmployerInputSummary = "Werkt zorgvuldig, tempo lager bij drukte.",
            WorkerInvolvedOn = new DateOnly(2026, 11, 10),
            WorkerInvolvementChannel = InvolvementChannel.Phone,
            WorkerView = "Herkent het beeld.",
            Status = AssessmentStatus.Final,
            FinalisedAt = DateTimeOffset.UtcNow,
            Tasks =
            {
                new WageValueTask
                {
                    Position = 1, Name = "Orderpicken", Tempo = 80, TempoArgumentation = "Gemeten over twee dagen.", Quality = 90,
                    QualityArgumentation = "Enkele misgrepen.", NetWorkingTime = 100, NetWorkingTimeArgumentation = "Geen extra pauzes.",
                    Share = 100, ShareArgumentation = "Enige taak.",
                },
            },
        };
        assessment.SeriesId = assessment.Id;
        foreach (var task in assessment.Tasks)
        {
            task.AssessmentId = assessment.Id;
        }

        return assessment;
    }
}
