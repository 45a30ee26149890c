using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RmtCases.Web.Tests.Access;

/// <summary>
/// Every Razor Page handler the application serves, for every role and organisation type, own region and
/// other region, involved and not involved, GET and POST: the status the access policy implies. A page
/// without a row in the matrix fails the test, so no new page can slip past it. Every page is also tried
/// with handler names and methods it does not have (404 or 405, never a page), and every endpoint that is
/// not a page (downloads, health) has a row of its own.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class AccessMatrixTests(WebFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private const int OwnRegion = 11;
    private const int OtherRegion = 35;
    private static readonly DateOnly _banenafspraakCanary = new(2021, 7, 19);
    private static readonly AccessPolicy _policy = new();

    private enum Target
    {
        None,
        InvolvedParticipant,
        UninvolvedParticipant,
        OtherRegionParticipant,
        OwnAssessment,
        OtherRegionAssessment,
        User,
        Organisation,
        Nothing,
    }

    private enum Kind
    {
        /// <summary>Open to anyone: sign-in steps, errors.</summary>
        Open,

        /// <summary>Any signed-in user.</summary>
        SignedIn,

        Participants,
        ParticipantFile,
        Banenafspraak,
        Share,
        SubjectAccess,
        WageValueRead,
        WageValueAssess,
        WageValueDecide,
        Administration,

        /// <summary>Only for one user's one-time resource: a random id is not found for anyone.</summary>
        OwnDownload,

        ManageInvolvements,

        /// <summary>Management information: aggregates of the region for its caseworkers, of every region for administrators.</summary>
        Figures,

        /// <summary>The route and its plan (category e), to read.</summary>
        Route,

        /// <summary>The route's phase and plan, to change.</summary>
        RouteChange,

        /// <summary>Who of the actor's organisation holds the case.</summary>
        Casehouder,
    }

    // Handlers whose rule differs from their page's.
    private static readonly Dictionary<(string Template, string Handler), Kind> _handlerRows = new()
    {
        [("deelnemers/{id:guid}", "Involve")] = Kind.ManageInvolvements,
        [("deelnemers/{id:guid}", "Notified")] = Kind.Share,
        [("deelnemers/{id:guid}/plan", "Goal")] = Kind.RouteChange,
        [("deelnemers/{id:guid}/plan", "Status")] = Kind.RouteChange,
        [("deelnemers/{id:guid}/plan", "Action")] = Kind.RouteChange,
        [("deelnemers/{id:guid}/plan", "Template")] = Kind.RouteChange,
    };

    // The matrix: one row per route template. A page without a row fails the test.
    private static readonly Dictionary<string, Kind> _matrix = new(StringComparer.Ordinal)
    {
        [""] = Kind.SignedIn,
        ["Index"] = Kind.SignedIn,
        ["verklaring"] = Kind.SignedIn,
        ["fout/{code:int?}"] = Kind.Open,
        ["account/inloggen"] = Kind.Open,
        ["account/tweede-stap"] = Kind.Open,
        ["account/authenticator-koppelen"] = Kind.Open,
        ["account/uitloggen"] = Kind.Open,
        ["account/geen-toegang"] = Kind.Open,
        ["account/wachtwoord-instellen"] = Kind.Open,
        ["account/organisatie/{id:guid}"] = Kind.Open,
        ["account/sso/voltooien"] = Kind.Open,
        ["account/sso/geweigerd"] = Kind.Open,
        ["deelnemers"] = Kind.Participants,
        ["Participants"] = Kind.Participants,
        ["Participants/Index"] = Kind.Participants,
        ["deelnemers/nieuw"] = Kind.Participants,
        ["deelnemers/{id:guid}"] = Kind.ParticipantFile,
        ["deelnemers/{id:guid}/persoon"] = Kind.ParticipantFile,
        ["deelnemers/{id:guid}/situatie"] = Kind.ParticipantFile,
        ["deelnemers/{id:guid}/opleiding/{entry}"] = Kind.ParticipantFile,
        ["deelnemers/{id:guid}/arbeidsverleden/{entry}"] = Kind.ParticipantFile,
        ["deelnemers/{id:guid}/bemiddeling/{entry}"] = Kind.ParticipantFile,
        ["deelnemers/{id:guid}/dienstverlening/{entry}"] = Kind.ParticipantFile,
        ["deelnemers/{id:guid}/beeindigen"] = Kind.ParticipantFile,
        ["deelnemers/{id:guid}/herstellen"] = Kind.ParticipantFile,
        ["deelnemers/{id:guid}/organisaties/{organisationId:guid}/beeindigen"] = Kind.ManageInvolvements,
        ["deelnemers/{id:guid}/doelgroep"] = Kind.Banenafspraak,
        ["deelnemers/{id:guid}/delen"] = Kind.Share,
        ["deelnemers/{id:guid}/inzage"] = Kind.SubjectAccess,
        ["deelnemers/{id:guid}/fase"] = Kind.RouteChange,
        ["deelnemers/{id:guid}/plan"] = Kind.Route,
        ["deelnemers/{id:guid}/casehouder"] = Kind.Casehouder,
        ["deelnemers/{id:guid}/tijdlijn"] = Kind.ParticipantFile,
        ["loonwaarde"] = Kind.WageValueRead,
        ["loonwaarde/{id:guid}"] = Kind.WageValueRead,
        ["loonwaarde/nieuw"] = Kind.WageValueAssess,
        ["loonwaarde/{id:guid}/wijzigen"] = Kind.WageValueAssess,
        ["loonwaarde/{id:guid}/definitief"] = Kind.WageValueAssess,
        ["loonwaarde/{id:guid}/corrigeren"] = Kind.WageValueAssess,
        ["loonwaarde/{id:guid}/rapportage"] = Kind.WageValueAssess,
        ["loonwaarde/{id:guid}/vaststellen"] = Kind.WageValueDecide,
        ["beheer/gebruikers"] = Kind.Administration,
        ["beheer/gebruikers/nieuw"] = Kind.Administration,
        ["beheer/gebruikers/{id:guid}"] = Kind.Administration,
        ["beheer/gebruikers/{id:guid}/uitschakelen"] = Kind.Administration,
        ["beheer/organisaties"] = Kind.Administration,
        ["beheer/organisaties/nieuw"] = Kind.Administration,
        ["beheer/organisaties/{id:guid}/inloggen"] = Kind.Administration,
        ["beheer/budgetten"] = Kind.Administration,
        ["stuurinformatie"] = Kind.Figures,
        ["beheer/audit/{handler?}"] = Kind.Administration,
        ["beheer/bewaartermijnen/{handler?}/{certificateId:guid?}"] = Kind.Administration,
        ["beheer/actiecatalogus"] = Kind.Administration,
    };

    // Endpoints that are not Razor Pages, by route template. One without a row fails the test.
    private static readonly Dictionary<string, Kind> _endpointMatrix = new(StringComparer.Ordinal)
    {
        ["health"] = Kind.Open,
        ["downloads/{id:guid}"] = Kind.OwnDownload,
    };

    // Methods no page has a handler for; TRACE is refused before routing.
    private static readonly string[] _unknownMethods = ["PUT", "DELETE", "PATCH", "TRACE"];

    private sealed record Arranged(Guid Involved, Guid Uninvolved, Guid OtherRegion, Guid OwnAssessment, Guid OtherAssessment, Guid SomeUser, Guid InvolvedEmployer);

    private sealed record Handler(string Template, string Method, string? Name, bool StartsSession = false);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_page_handler_answers_as_the_access_policy_says()
    {
        var handlers = await PageHandlersAsync();
        handlers.Select(h => h.Template).Distinct().Where(t => !_matrix.ContainsKey(t))
            .Should().BeEmpty("every page needs a row in the access matrix");

        var organisations = new Dictionary<OrganisationType, Organisation>();
        foreach (var type in new[] { OrganisationType.Municipality, OrganisationType.Uwv, OrganisationType.Union, OrganisationType.EmployerOrganisation, OrganisationType.Administration })
        {
            organisations[type] = await fixture.CreateOrganisationAsync(type, OwnRegion, $"{type} eigen regio");
        }

        var otherMunicipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, OtherRegion, "Gemeente andere regio");
        var arranged = await ArrangeAsync(organisations, otherMunicipality);
        var actors = new List<(string Name, Actor Actor, HttpClient Client)>();
        foreach (var (name, type, role) in new[]
        {
            ("gemeente", OrganisationType.Municipality, Role.Caseworker),
            ("uwv", OrganisationType.Uwv, Role.Caseworker),
            ("vakbond", OrganisationType.Union, Role.Caseworker),
            ("werkgevers", OrganisationType.EmployerOrganisation, Role.Caseworker),
            ("loonwaarde", OrganisationType.Municipality, Role.WageValueAssessor),
            ("beheer", OrganisationType.Administration, Role.Administrator),
        })
        {
            var user = await fixture.CreateUserAsync(organisations[type], role);
            var actor = new Actor(user.Id, organisations[type].Id, type, OwnRegion, role, DeclarationAccepted: true);
            actors.Add((name, actor, await fixture.SignInAsAsync(user)));
        }

        var failures = new List<string>();
        var requests = 0;
        foreach (var (name, actor, client) in actors)
        {
            // One antiforgery token serves every form of this session.
            var token = await TokenAsync(client);
            foreach (var handler in handlers)
            {
                var kind = handler.Name is { } named && _handlerRows.TryGetValue((handler.Template, named), out var special) ? special : _matrix[handler.Template];
                foreach (var target in TargetsFor(handler.Template))
                {
                    var url = Url(handler, target, arranged);
                    var allowed = Allowed(kind, actor, target, organisations);
                    var response = handler.Method == "GET"
                        ? await client.GetAsync(url)
                        : await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
                    requests++;
                    var status = (int)response.StatusCode;
                    var body = await response.Content.ReadAsStringAsync();
                    var ok = kind == Kind.Open ? status < 500 : allowed switch
                    {
                        // A named handler acts on a resource the bare form does not name (an entry, a run): not found is its answer.
                        // 303: a search is posted and answered with its saved search (post, redirect, get).
                        true => status is 200 or 302 or 303 or 409 || (status == 404 && (target == Target.Nothing || handler.Name is not null)),
                        false => status is 403 or 404,
                    };
                    if (!ok || status >= 500)
                    {
                        failures.Add($"{name} {handler.Method} {url} ({handler.Template}, handler {handler.Name ?? "-"}): {status}, expected {(allowed ? "allowed" : "refused")}");
                    }

                    if (actor.OrganisationType is OrganisationType.Union or OrganisationType.EmployerOrganisation
                        && (body.Contains("banenafspraak", StringComparison.OrdinalIgnoreCase) || body.Contains(_banenafspraakCanary.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
                    {
                        failures.Add($"{name} {handler.Method} {url}: the response mentions banenafspraak");
                    }
                }
            }
        }

        requests += await ProbeUnknownHandlersAndMethodsAsync(handlers, actors, arranged, failures);
        requests += await ProbeEndpointsAsync(actors, failures);

        failures.Should().BeEmpty();
        // Reported in the closing note of the sign-in issue.
        output.WriteLine($"Access matrix: {handlers.Select(h => h.Template).Distinct().Count()} page routes, {handlers.Count} handlers, {requests} requests");
        requests.Should().BeGreaterThan(500);
    }

    /// <summary>
    /// Every page with a handler name it does not have, a POST where it has no POST handler, and methods no page
    /// handles: 404 (refused, or no such handler) or 405, for everyone. Razor Pages used to render the page
    /// without running a handler (a 500 with nothing loaded, or a 200 past the handler's access check).
    /// </summary>
    private async Task<int> ProbeUnknownHandlersAndMethodsAsync(
        List<Handler> handlers, List<(string Name, Actor Actor, HttpClient Client)> actors, Arranged arranged, List<string> failures)
    {
        var requests = 0;
        foreach (var (name, _, client) in actors)
        {
            var token = await TokenAsync(client);
            foreach (var page in handlers.GroupBy(h => h.Template))
            {
                var target = TargetsFor(page.Key).First();
                var url = Url(new Handler(page.Key, "GET", null), target, arranged);
                var probes = new List<(string Method, string Url)> { ("GET", url + "?handler=Onbekend"), ("POST", url + "?handler=Onbekend") };
                // The bare method where the page only has named handlers for it, or none (sign-out's POST is left
                // out of the handler list, not missing).
                foreach (var method in new[] { "GET", "POST" }.Where(m => !page.Any(h => h.Method == m && h.Name is null) && !(m == "POST" && page.Key == "account/uitloggen")))
                {
                    probes.Add((method, url));
                }

                probes.AddRange(_unknownMethods.Select(m => (m, url)));
                foreach (var (method, probe) in probes)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), probe);
                    if (method != "GET" && method != "TRACE")
                    {
                        request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
                    }

                    var response = await client.SendAsync(request);
                    requests++;
                    var status = (int)response.StatusCode;
                    // A sign-in page never continues the session the request came with, so the session's
                    // antiforgery token does not fit there: refused (400) before any handler, as it should be.
                    var tokenRefused = status == 400 && page.First().StartsSession && method is not ("GET" or "TRACE");
                    if ((status is not (404 or 405) && !tokenRefused) || (method == "TRACE" && status != 405))
                    {
                        failures.Add($"{name} {method} {probe} ({page.Key}, no such handler): {status}, expected 404 or 405");
                    }
                }
            }
        }

        foreach (var (name, _, client) in actors)
        {
            (await Sessions.IsSignedInAsync(client)).Should().BeTrue($"no probe may have run the sign-out handler ({name})");
        }

        return requests;
    }

    /// <summary>The endpoints that are not pages: their rows, for every actor and signed out, and no method they do not map.</summary>
    private async Task<int> ProbeEndpointsAsync(List<(string Name, Actor Actor, HttpClient Client)> actors, List<string> failures)
    {
        var sources = fixture.Factory.Services.GetRequiredService<EndpointDataSource>();
        var templates = sources.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null)
            .Select(e => e.RoutePattern.RawText?.Trim('/') ?? "").Distinct().ToList();
        templates.Where(t => !_endpointMatrix.ContainsKey(t)).Should().BeEmpty("every endpoint needs a row in the access matrix");

        var requests = 0;
        var callers = actors.Select(a => (a.Name, (Actor?)a.Actor, a.Client)).Append(("afgemeld", null, fixture.CreateClient()));
        foreach (var (name, actor, client) in callers)
        {
            var token = actor is null ? "" : await TokenAsync(client);
            foreach (var template in templates)
            {
                var url = "/" + template.Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
                var get = (int)(await client.GetAsync(url)).StatusCode;
                requests++;
                var expected = (_endpointMatrix[template], actor) switch
                {
                    (Kind.Open, _) => 200,
                    (_, null) => 302,
                    // A random id is nobody's download.
                    (Kind.OwnDownload, _) => 404,
                    _ => 403,
                };
                if (get != expected)
                {
                    failures.Add($"{name} GET {url}: {get}, expected {expected}");
                }

                foreach (var method in _unknownMethods.Prepend("POST"))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method != "TRACE")
                    {
                        request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
                    }

                    var status = (int)(await client.SendAsync(request)).StatusCode;
                    requests++;
                    // Signed out, the 405 endpoint asks for a sign-in first, as every endpoint does.
                    if (status != 405 && !(actor is null && status == 302))
                    {
                        failures.Add($"{name} {method} {url}: {status}, expected 405");
                    }
                }
            }
        }

        return requests;
    }

    private static bool Allowed(Kind kind, Actor actor, Target target, Dictionary<OrganisationType, Organisation> organisations)
    {
        bool InScope(Target participant) => participant switch
        {
            Target.InvolvedParticipant => _policy.IsInScope(actor, OwnRegion, [organisations[OrganisationType.Municipality].Id, organisations[OrganisationType.Union].Id, organisations[OrganisationType.EmployerOrganisation].Id]),
            Target.UninvolvedParticipant => _policy.IsInScope(actor, OwnRegion, [organisations[OrganisationType.Municipality].Id]),
            Target.OtherRegionParticipant => _policy.IsInScope(actor, OtherRegion, []),
            _ => false,
        };

        return kind switch
        {
            Kind.Open or Kind.SignedIn => true,
            Kind.Participants => _policy.Scope(actor) != ParticipantScope.None,
            Kind.ParticipantFile => InScope(target),
            Kind.Banenafspraak => InScope(target) && _policy.CanEdit(actor, Category.Banenafspraak),
            Kind.Share => InScope(target) && _policy.CanExport(actor),
            Kind.SubjectAccess => InScope(target) && _policy.CanProduceSubjectAccessReport(actor),
            Kind.WageValueRead => _policy.CanReadWageValue(actor) && target != Target.OtherRegionAssessment,
            Kind.WageValueAssess => _policy.CanAssessWageValue(actor) && target != Target.OtherRegionAssessment,
            Kind.WageValueDecide => _policy.CanDecideWageValue(actor) && target != Target.OtherRegionAssessment,
            Kind.Administration => _policy.CanAdminister(actor),
            Kind.ManageInvolvements => InScope(target) && _policy.CanManageInvolvements(actor),
            Kind.Route => InScope(target) && _policy.CanSeeRoute(actor),
            Kind.RouteChange => InScope(target) && _policy.CanChangeRoute(actor),
            Kind.Casehouder => InScope(target) && _policy.CanHoldCases(actor),
            Kind.OwnDownload => false,
            Kind.Figures => _policy.CanSeeFigures(actor),
            _ => false,
        };
    }

    private static IEnumerable<Target> TargetsFor(string template) => template switch
    {
        _ when template.StartsWith("deelnemers/{id:guid}", StringComparison.Ordinal) =>
            [Target.InvolvedParticipant, Target.UninvolvedParticipant, Target.OtherRegionParticipant],
        _ when template.StartsWith("loonwaarde/{id:guid}", StringComparison.Ordinal) => [Target.OwnAssessment, Target.OtherRegionAssessment],
        _ when template.StartsWith("beheer/gebruikers/{id:guid}", StringComparison.Ordinal) => [Target.User],
        "beheer/organisaties/{id:guid}/inloggen" => [Target.Organisation],
        _ => [Target.None],
    };

    private static string Url(Handler handler, Target target, Arranged arranged)
    {
        var id = target switch
        {
            Target.InvolvedParticipant => arranged.Involved,
            Target.UninvolvedParticipant => arranged.Uninvolved,
            Target.OtherRegionParticipant => arranged.OtherRegion,
            Target.OwnAssessment => arranged.OwnAssessment,
            Target.OtherRegionAssessment => arranged.OtherAssessment,
            Target.User => arranged.SomeUser,
            Target.Organisation => arranged.InvolvedEmployer,
            _ => Guid.NewGuid(),
        };
        var path = handler.Template switch
        {
            "" or "Index" => "",
            "Participants" or "Participants/Index" => "deelnemers",
            _ => handler.Template,
        };
        path = path.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal)
            .Replace("{entry}", "nieuw", StringComparison.Ordinal)
            .Replace("{organisationId:guid}", arranged.InvolvedEmployer.ToString(), StringComparison.Ordinal)
            .Replace("{code:int?}", "404", StringComparison.Ordinal)
            .Replace("/{handler?}", "", StringComparison.Ordinal)
            .Replace("/{certificateId:guid?}", "", StringComparison.Ordinal);
        return "/" + path + (handler.Name is null ? "" : $"?handler={handler.Name}");
    }

    private async Task<List<Handler>> PageHandlersAsync()
    {
        var sources = fixture.Factory.Services.GetRequiredService<EndpointDataSource>();
        var loader = fixture.Factory.Services.GetRequiredService<PageLoader>();
        var handlers = new List<Handler>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var template = endpoint.RoutePattern.RawText?.Trim('/') ?? "";
            foreach (var method in compiled.HandlerMethods.Where(m => m.HttpMethod is "Get" or "Post" or "GET" or "POST"))
            {
                // Signing out would end the session the rest of the matrix runs in; sign-out has tests of its own.
                if (template == "account/uitloggen" && method.HttpMethod.Equals("Post", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                handlers.Add(new Handler(template, method.HttpMethod.ToUpperInvariant(), method.Name,
                    compiled.EndpointMetadata.OfType<RmtCases.Web.Features.Identity.StartsSessionAttribute>().Any()));
            }
        }

        return handlers.DistinctBy(h => (h.Template, h.Method, h.Name)).OrderBy(h => h.Template, StringComparer.Ordinal).ToList();
    }

    private async Task<Arranged> ArrangeAsync(Dictionary<OrganisationType, Organisation> organisations, Organisation otherMunicipality)
    {
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, OwnRegion, "Aanbieder eigen regio");
        var otherProvider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, OtherRegion, "Aanbieder andere regio");
        var involved = Sample.Full(OwnRegion, organisations[OrganisationType.Municipality].Id, provider.Id, "Betrokken");
        involved.Involve(organisations[OrganisationType.Union].Id, DateTimeOffset.UtcNow);
        involved.Involve(organisations[OrganisationType.EmployerOrganisation].Id, DateTimeOffset.UtcNow);
        var uninvolved = Sample.Full(OwnRegion, organisations[OrganisationType.Municipality].Id, provider.Id, "Onbetrokken");
        var other = Sample.Full(OtherRegion, otherMunicipality.Id, otherProvider.Id, "Elders");
        foreach (var participant in new[] { involved, uninvolved, other })
        {
            await fixture.InsertAsync(participant);
            await fixture.InsertAsync(new BanenafspraakIndication
            {
                ParticipantId = participant.Id, RegionId = participant.RegionId, InTargetGroup = true,
                RegisteredOn = _banenafspraakCanary, RecordedByOrganisationId = participant.RegisteredByOrganisationId,
            });
        }

        var own = await fixture.InsertAsync(Assessment(OwnRegion, organisations[OrganisationType.Municipality].Id));
        var elsewhere = await fixture.InsertAsync(Assessment(OtherRegion, otherMunicipality.Id));
        var someone = await fixture.CreateUserAsync(organisations[OrganisationType.Uwv]);
        return new Arranged(involved.Id, uninvolved.Id, other.Id, own.Id, elsewhere.Id, someone.Id, organisations[OrganisationType.EmployerOrganisation].Id);
    }

    private static WageValueAssessment Assessment(int regionId, Guid municipalityId)
    {
        var assessment = new WageValueAssessment
        {
            RegionId = regionId, MunicipalityOrganisationId = municipalityId, CreatedAt = DateTimeOffset.UtcNow,
            WorkerName = "Werknemer", WorkerDateOfBirth = new DateOnly(1985, 3, 3), EmployerName = "Werkgever", JobTitle = "Inpakker",
            ObservationDates = [new DateOnly(2022, 3, 1)],
        };
        assessment.SeriesId = assessment.Id;
        assessment.Tasks.Add(new WageValueTask
        {
            Position = 1, Name = "Inpakken", Tempo = 80, TempoArgumentation = "t", Quality = 90, QualityArgumentation = "k",
            NetWorkingTime = 95, NetWorkingTimeArgumentation = "n", Share = 100, ShareArgumentation = "bt",
        });
        return assessment;
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        return WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
