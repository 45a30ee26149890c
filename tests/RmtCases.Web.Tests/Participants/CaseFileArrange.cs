using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Participants;

/// <summary>One region's team (gemeente, union, provider) with signed-in clients, for the case-file tests.</summary>
public sealed partial class CaseFileArrange(WebFixture fixture)
{
    public const int Region = 11;
    public const int OtherRegion = 21;

    public Organisation Municipality { get; private set; } = null!;
    public Organisation Union { get; private set; } = null!;
    public Organisation Provider { get; private set; } = null!;
    public TestUser MunicipalityUser { get; private set; } = null!;
    public TestUser UnionUser { get; private set; } = null!;

    public DateOnly Today => fixture.Clock.TodayInNetherlands();

    public static async Task<CaseFileArrange> CreateAsync(WebFixture fixture)
    {
        var arrange = new CaseFileArrange(fixture);
        arrange.Municipality = await fixture.CreateOrganisationAsync(OrganisationType.Municipality, Region);
        arrange.Union = await fixture.CreateOrganisationAsync(OrganisationType.Union, Region);
        arrange.Provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, Region, "Re-integratiebureau Voorbeeld");
        arrange.MunicipalityUser = await fixture.CreateUserAsync(arrange.Municipality);
        arrange.UnionUser = await fixture.CreateUserAsync(arrange.Union, Role.Caseworker);
        return arrange;
    }

    /// <summary>
    /// The team's office address, which the municipality's and the union's clients sign in from: the audit records it
    /// (AuditTrailTests) and telemetry must not export it (TelemetryTests).
    /// </summary>
    public const string ClientAddress = "10.11.0.1";

    public Task<HttpClient> MunicipalityAsync() => fixture.SignInAsAsync(MunicipalityUser, clientAddress: ClientAddress);

    public Task<HttpClient> UnionAsync() => fixture.SignInAsAsync(UnionUser, clientAddress: ClientAddress);

    /// <summary>A participant with every category, registered by the municipality, with the g indication set.</summary>
    public async Task<Participant> ParticipantAsync(string surname = "Öztürk", int? region = null, Guid? involve = null)
    {
        var regionId = region ?? Region;
        var owner = regionId == Region ? Municipality : await fixture.CreateOrganisationAsync(OrganisationType.Municipality, regionId);
        var provider = regionId == Region ? Provider : await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, regionId);
        var participant = Sample.Full(regionId, owner.Id, provider.Id, surname);
        if (involve is { } organisationId)
        {
            participant.Involve(organisationId, DateTimeOffset.UtcNow);
        }

        await fixture.InsertAsync(participant);
        await fixture.InsertAsync(new BanenafspraakIndication
        {
            ParticipantId = participant.Id, RegionId = regionId, InTargetGroup = true, RegisteredOn = new DateOnly(2021, 9, 1), RecordedByOrganisationId = owner.Id,
        });
        return participant;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The value of a form control in the HTML, decoded; a date input's three fields as one ISO date.</summary>
    public static string? Value(string html, string name)
    {
        if (Input(html, name) is { } value)
        {
            return value;
        }

        // A date is asked as three fields; one level only, so an absent field is null rather than a search for name.dag.dag…
        return Input(html, $"{name}.dag") is { } day && Input(html, $"{name}.maand") is { } month && Input(html, $"{name}.jaar") is { } year
            ? new RmtCases.Web.Features.Forms.DateParts(day, month, year) is var parts && parts.IsEmpty ? "" : parts.Composed
            : null;
    }

    private static string? Input(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public static Dictionary<string, string> PersonForm(string dateOfBirth = "1980-05-17") => new()
    {
        ["Person.GivenNames"] = "Jan",
        ["Person.Infix"] = "de",
        ["Person.Surname"] = "Vries",
        ["Person.DateOfBirth"] = dateOfBirth,
        ["Person.Street"] = "Kinkerstraat",
        ["Person.HouseNumber"] = "12-2",
        ["Person.Postcode"] = "1053dx",
        ["Person.City"] = "Amsterdam",
        ["Person.Phone"] = "06-12345678",
        ["Person.Email"] = "jan@example.nl",
    };

    public static Dictionary<string, string> RegisterForm(string dateOfBirth = "1980-05-17")
    {
        var form = PersonForm(dateOfBirth);
        form["Participation.AgreedOn"] = "2021-09-01";
        form["Participation.InformedBy"] = nameof(InformedBy.InPerson);
        return form;
    }

    public static Dictionary<string, string> With(Dictionary<string, string> form, string key, string value) =>
        new(form) { [key] = value };

    /// <summary>Posts an edit form as loaded from <paramref name="formPage"/>, with its version and snapshot.</summary>
    public static async Task<HttpResponseMessage> PostLoadedAsync(HttpClient client, string url, string loadedHtml, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields)
        {
            ["Version"] = Value(loadedHtml, "Version")!,
            ["Loaded"] = Value(loadedHtml, "Loaded") ?? "",
            ["__RequestVerificationToken"] = Value(loadedHtml, "__RequestVerificationToken")!,
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }
}
