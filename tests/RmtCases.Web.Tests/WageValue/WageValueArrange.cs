using System.Net;
using System.Text.RegularExpressions;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.WageValue;

/// <summary>Arranging wage-value tests: forms as an assessor types them, and assessments inserted directly.</summary>
internal static partial class WageValueArrange
{
    public const int HomeRegion = 11;
    public const int OtherRegion = 35;
    public const string WorkerName = "Kees Verbruggen-Çelik";

    /// <summary>Argumentation texts that must reach the worker's report and never the reduced one.</summary>
    public static readonly string[] Canaries =
    [
        .. Enumerable.Range(1, 3).SelectMany(i => new[] { $"KanarieTempo{i}", $"KanarieKwaliteit{i}", $"KanarieNettotijd{i}", $"KanarieAandeel{i}" }),
        "KanarieWerkgeverinbreng",
        "KanarieZienswijze",
    ];

    /// <summary>
    /// The hand-worked example: 80 × 87,5 × 100 × 50 = 35,0; 75 × 100 × 90 × 30 = 20,25 → 20,3;
    /// 100 × 95 × 85 × 20 = 16,15 → 16,2; sum 35 + 20,25 + 16,15 = 71,4, loonwaarde 71% (whole percents).
    /// </summary>
    public static readonly string[][] ExampleTasks =
    [
        ["Orderpicken", "80", "87,5", "100", "50"],
        ["Inpakken", "75", "100", "90", "30"],
        ["Schoonmaken", "100", "95", "85", "20"],
    ];

    public const string NormFunction = "Logistiek medewerker B";

    /// <summary>The date fields of the assessment form.</summary>
    public static readonly string[] DateFields =
    [
        "Input.WorkerDateOfBirth", "Input.ObservationDates[0]", "Input.ObservationDates[1]", "Input.ObservationDates[2]",
        "Input.EmployerViewOn", "Input.EmployerInputOn", "Input.WorkerInvolvedOn", "Input.ReviewOn",
    ];

    public static Dictionary<string, string> Form(
        string[][]? tasks = null, bool workerInvolvement = true, bool employerInput = true, string jobTitle = "Magazijnmedewerker",
        bool employerView = true, bool normFunction = true, string hoursPerWeek = "32", string hoursPerDay = "8")
    {
        var form = new Dictionary<string, string>
        {
            ["Input.WorkerName"] = WorkerName,
            ["Input.WorkerDateOfBirth"] = "1990-04-12",
            ["Input.WorkerIsProspective"] = "false",
            ["Input.EmployerName"] = "Bakkerij De Korenbloem",
            ["Input.EmployerIsProspective"] = "true",
            ["Input.JobTitle"] = jobTitle,
            ["Input.ObservationDates[0]"] = "2026-11-02",
            ["Input.ObservationDates[1]"] = "2026-11-09",
            ["Input.HoursPerWeek"] = hoursPerWeek,
            ["Input.HoursPerWorkingDay"] = hoursPerDay,
            ["Input.FullTimeHoursPerWeek"] = "38",
        };
        if (normFunction)
        {
            form["Input.NormFunctionName"] = NormFunction;
            form["Input.NormFunctionSource"] = nameof(NormFunctionSource.FunctionDatabase);
        }

        if (employerView)
        {
            form["Input.EmployerViewOn"] = "2026-11-10";
            form["Input.EmployerViewChannel"] = nameof(InvolvementChannel.InWriting);
            form["Input.EmployerViewOutcome"] = nameof(ViewOutcome.DisagreesInPart);
        }
        if (employerInput)
        {
            form["Input.EmployerInputBy"] = "J. de Boer, bedrijfsleider";
            form["Input.EmployerInputOn"] = "2026-11-09";
            form["Input.EmployerInputSummary"] = "KanarieWerkgeverinbreng";
        }

        if (workerInvolvement)
        {
            form["Input.WorkerInvolvedOn"] = "2026-11-10";
            form["Input.WorkerInvolvementChannel"] = nameof(InvolvementChannel.InPerson);
            form["Input.WorkerView"] = "KanarieZienswijze";
            form["Input.WorkerViewOutcome"] = nameof(ViewOutcome.Agrees);
        }

        // Dates as the form posts them: dag, maand and jaar.
        foreach (var field in DateFields.Where(form.ContainsKey).ToList())
        {
            DateForm.Set(form, field, form[field]);
        }

        tasks ??= ExampleTasks;
        for (var i = 0; i < tasks.Length; i++)
        {
            var n = i + 1;
            form[$"Input.Tasks[{i}].Name"] = tasks[i][0];
            form[$"Input.Tasks[{i}].Tempo"] = tasks[i][1];
            form[$"Input.Tasks[{i}].TempoArgumentation"] = $"KanarieTempo{n}";
            form[$"Input.Tasks[{i}].Quality"] = tasks[i][2];
            form[$"Input.Tasks[{i}].QualityArgumentation"] = $"KanarieKwaliteit{n}";
            form[$"Input.Tasks[{i}].NetWorkingTime"] = tasks[i][3];
            form[$"Input.Tasks[{i}].NetWorkingTimeArgumentation"] = $"KanarieNettotijd{n}";
            form[$"Input.Tasks[{i}].Share"] = tasks[i][4];
            form[$"Input.Tasks[{i}].ShareArgumentation"] = $"KanarieAandeel{n}";
        }

        return form;
    }

    /// <summary>Posts the new-assessment form and returns the new id from the redirect.</summary>
    public static async Task<Guid> CreateAsync(HttpClient client, Dictionary<string, string>? form = null)
    {
        var response = await WebFixture.PostFormAsync(client, "/loonwaarde/nieuw", form ?? Form());
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        location.Should().StartWith("/loonwaarde/");
        return Guid.Parse(location["/loonwaarde/".Length..]);
    }

    /// <summary>Posts a form that carries the row version the page was read at, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostWithVersionAsync(HttpClient client, string url, Dictionary<string, string> fields, string versionField)
    {
        var html = await WebFixture.GetHtmlAsync(client, url);
        var version = VersionField().Matches(html).Select(m => m.Groups)
            .Single(g => g["name"].Value == versionField)["value"].Value;
        return await WebFixture.PostFormAsync(client, url, new Dictionary<string, string>(fields) { [versionField] = version });
    }

    public static async Task FinaliseAsync(HttpClient client, Guid id)
    {
        var response = await PostWithVersionAsync(client, $"/loonwaarde/{id}/definitief", [], "Version");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>A signed-in assessor of a new gemeente; qualified (Regeling art. 3) unless told otherwise.</summary>
    public static async Task<(TestUser User, HttpClient Client, Organisation Municipality)> AssessorAsync(WebFixture fixture, int region = HomeRegion, bool qualified = true)
    {
        var municipality = await OrganisationAsync(fixture, OrganisationType.Municipality, region);
        var assessor = await fixture.CreateUserAsync(municipality, Role.WageValueAssessor);
        if (qualified)
        {
            await fixture.InsertAsync(Qualification(assessor.Id));
        }

        return (assessor, await fixture.SignInAsAsync(assessor), municipality);
    }

    public const string DiplomaTitle = "hbo Toegepaste Psychologie";

    public static AssessorQualification Qualification(Guid userId, int knowledgeMonthsAgo = 1) => new()
    {
        UserId = userId,
        DiplomaKind = DiplomaKind.HigherEducation,
        DiplomaTitle = DiplomaTitle,
        DiplomaOn = new DateOnly(2014, 7, 1),
        ExperienceSince = new DateOnly(2016, 3, 1),
        KnowledgeUpdatedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-knowledgeMonthsAgo),
        RecordedByUserId = userId,
        RecordedAt = DateTimeOffset.UtcNow,
    };

    public static Task<Organisation> OrganisationAsync(WebFixture fixture, OrganisationType type, int region) =>
        fixture.CreateOrganisationAsync(type, region, $"{type} {region} {Guid.NewGuid():N}");

    public static async Task<HttpClient> OutsiderAsync(WebFixture fixture, string outsider)
    {
        var (type, region, role) = outsider switch
        {
            "uwv" => (OrganisationType.Uwv, HomeRegion, Role.Caseworker),
            "vakbond" => (OrganisationType.Union, HomeRegion, Role.Caseworker),
            "werkgeversorganisatie" => (OrganisationType.EmployerOrganisation, HomeRegion, Role.Caseworker),
            // The administrators' organisation is hosted by a gemeente: the role, not the type, keeps them out.
            "beheerder" => (OrganisationType.Municipality, HomeRegion, Role.Administrator),
            "gemeente-andere-regio" => (OrganisationType.Municipality, OtherRegion, Role.Caseworker),
            "loonwaardedeskundige-andere-regio" => (OrganisationType.Municipality, OtherRegion, Role.WageValueAssessor),
            _ => throw new ArgumentOutOfRangeException(nameof(outsider)),
        };
        var organisation = await OrganisationAsync(fixture, type, region);
        return await fixture.SignInAsAsync(await fixture.CreateUserAsync(organisation, role));
    }

    /// <summary>A finalised assessment inserted directly, for access tests.</summary>
    public static WageValueAssessment Entity(Organisation municipality, Guid? createdBy = null)
    {
        var assessment = new WageValueAssessment
        {
            RegionId = municipality.RegionId,
            MunicipalityOrganisationId = municipality.Id,
            CreatedByUserId = createdBy ?? Guid.NewGuid(),
            CreatedAt = DateTimeOffset.UtcNow,
            WorkerName = WorkerName,
            WorkerDateOfBirth = new DateOnly(1990, 4, 12),
            EmployerName = "Bakkerij De Korenbloem",
            JobTitle = "Magazijnmedewerker",
            ObservationDates = [new DateOnly(2026, 11, 2)],
            EmployerInputBy = "J. de Boer",
            EmployerInputOn = new DateOnly(2026, 11, 9),
            EmployerInputSummary = "Inbreng",
            WorkerInvolvedOn = new DateOnly(2026, 11, 10),
            WorkerInvolvementChannel = InvolvementChannel.Phone,
            WorkerView = "Zienswijze",
            Status = AssessmentStatus.Final,
            FinalisedAt = DateTimeOffset.UtcNow,
            Tasks =
            {
                new WageValueTask
                {
                    Position = 1, Name = "Orderpicken", Tempo = 80, TempoArgumentation = "a", Quality = 90, QualityArgumentation = "b",
                    NetWorkingTime = 100, NetWorkingTimeArgumentation = "c", Share = 100, ShareArgumentation = "d",
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

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"")]
    private static partial Regex VersionField();
}
