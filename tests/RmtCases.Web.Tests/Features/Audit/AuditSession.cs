using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Audit;
using RmtCases.Web.Tests.Features.Exchange;
using RmtCases.Web.Tests.Infrastructure;
using RmtCases.Web.Tests.Participants;

namespace RmtCases.Web.Tests.Features.Audit;

/// <summary>The steps of a caseworker's session that these tests script, as HTTP requests, and the audit rows they leave.</summary>
internal static partial class AuditSession
{
    public static string InzagePath(Guid participantId) => $"/deelnemers/{participantId}/inzage";

    /// <summary>GETs an edit form (a recorded view) and posts it with the given fields as the browser would.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var form = await WebFixture.GetHtmlAsync(client, url);
        return await CaseFileArrange.PostLoadedAsync(client, url, form, fields);
    }

    /// <summary>The person form as loaded, with one field changed.</summary>
    public static async Task<HttpResponseMessage> ChangePersonAsync(HttpClient client, Guid participantId, string field, string value)
    {
        var url = $"/deelnemers/{participantId}/persoon";
        var form = await WebFixture.GetHtmlAsync(client, url);
        string[] names = ["GivenNames", "Infix", "Surname", "DateOfBirth", "Street", "HouseNumber", "Postcode", "City", "Phone", "Email"];
        var fields = names.ToDictionary(n => $"Person.{n}", n => CaseFileArrange.Value(form, $"Person.{n}") ?? "");
        fields[$"Person.{field}"] = value;
        return await CaseFileArrange.PostLoadedAsync(client, url, form, fields);
    }

    /// <summary>Opens the access-report page once (a recorded view) and posts its form; returns the password and the link.</summary>
    public static async Task<Shared> ProduceAccessReportAsync(HttpClient client, Guid participantId)
    {
        var page = await WebFixture.GetHtmlAsync(client, InzagePath(participantId));
        var response = await client.PostAsync(InzagePath(participantId), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.IdentityVerified"] = "true",
            ["__RequestVerificationToken"] = CaseFileArrange.Value(page, "__RequestVerificationToken")!,
        }));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var password = Password().Match(html);
        var link = Download().Match(html);
        password.Success.Should().BeTrue("the result shows the password in #export-password");
        link.Success.Should().BeTrue("the result links the file in #export-download");
        return new Shared(password.Groups[1].Value.Trim(), link.Groups[1].Value, html);
    }

    public static async Task<List<AuditEvent>> EventsAsync(WebFixture fixture)
    {
        await fixture.SealAuditAsync();
        return await fixture.InScopeAsync(async (_, db) => await db.AuditEvents.AsNoTracking().OrderBy(e => e.ChainSequence).ToListAsync());
    }

    [GeneratedRegex("id=\"export-password\"[^>]*>([^<]+)<")]
    private static partial Regex Password();

    [GeneratedRegex("id=\"export-download\"[^>]*href=\"([^\"]+)\"")]
    private static partial Regex Download();
}
