using System.Net;
using System.Text.RegularExpressions;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Access;

/// <summary>
/// The matrix's every page handler, once more, as every role it lets in, with what a careless or hostile form
/// sends: nothing, text where a date or an id goes, a number too large for any field. Whatever the page answers
/// is Dutch, and never a 500.
/// </summary>
public sealed partial class AccessMatrixTests
{
    private static readonly string[] _garbage = ["", "x", "31-02-20x1", "99999999999999999999999", "00000000-0000-0000-0000-00000000000g"];

    [Fact]
    public async Task No_page_answers_bad_input_with_English_framework_text()
    {
        var handlers = await PageHandlersAsync();
        var organisations = new Dictionary<OrganisationType, Organisation>();
        foreach (var type in new[] { OrganisationType.Municipality, OrganisationType.Uwv, OrganisationType.Union, OrganisationType.EmployerOrganisation })
        {
            organisations[type] = await fixture.CreateOrganisationAsync(type, OwnRegion, $"{type} eigen regio");
        }

        var arranged = await ArrangeAsync(organisations, await fixture.CreateOrganisationAsync(OrganisationType.Municipality, OtherRegion, "Gemeente andere regio"));
        var failures = new List<string>();
        var requests = 0;
        foreach (var (type, role) in new[]
        {
            (OrganisationType.Municipality, Role.Caseworker), (OrganisationType.Union, Role.Caseworker),
            (OrganisationType.Municipality, Role.WageValueAssessor), (OrganisationType.Municipality, Role.Administrator),
        })
        {
            var user = await fixture.CreateUserAsync(organisations[type], role);
            var actor = new Actor(user.Id, organisations[type].Id, type, OwnRegion, role, DeclarationAccepted: true);
            var client = await fixture.SignInAsAsync(user);
            var name = $"{type}/{role}";
            // Pages whose form would end this session or this account come last, and are left out of the POSTs.
            foreach (var handler in handlers.Where(h => !h.Template.StartsWith("account/", StringComparison.Ordinal)))
            {
                var kind = handler.Name is { } named && _handlerRows.TryGetValue((handler.Template, named), out var special) ? special : _matrix[handler.Template];
                foreach (var target in TargetsFor(handler.Template).Where(t => kind == Kind.Open || Allowed(kind, actor, t, organisations)).Take(1))
                {
                    var url = Url(handler, target, arranged);
                    var form = await client.GetAsync(url.Split('?')[0]);
                    var html = await form.Content.ReadAsStringAsync();
                    var fields = FieldNames().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
                        .Where(f => f != "__RequestVerificationToken").Distinct().ToList();
                    var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
                    foreach (var value in _garbage)
                    {
                        HttpResponseMessage response;
                        if (handler.Method == "GET")
                        {
                            var query = string.Join('&', fields.Append("pagina").Select(f => $"{Uri.EscapeDataString(f)}={Uri.EscapeDataString(value)}"));
                            response = await client.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query);
                        }
                        else
                        {
                            var values = fields.ToDictionary(f => f, _ => value);
                            values["__RequestVerificationToken"] = token;
                            response = await client.PostAsync(url, new FormUrlEncodedContent(values));
                        }

                        requests++;
                        var body = await response.Content.ReadAsStringAsync();
                        if ((int)response.StatusCode >= 500)
                        {
                            var exception = fixture.Factory.Logs.Lines.LastOrDefault(l => l.Contains("Exception", StringComparison.Ordinal));
                            failures.Add($"{name} {handler.Method} {url} with '{value}': {(int)response.StatusCode} {exception?[..Math.Min(exception.Length, 600)]}");
                        }

                        foreach (var phrase in FrameworkEnglish.In(FrameworkEnglish.TextOf(body)))
                        {
                            failures.Add($"{name} {handler.Method} {url} with '{value}': \"{phrase}\"");
                        }
                    }
                }
            }
        }

        // Signed out: the sign-in steps and the error pages, with the same values.
        var anonymous = fixture.CreateClient();
        foreach (var url in new[] { "/account/inloggen", "/account/tweede-stap", "/account/wachtwoord-instellen", "/fout/400", "/fout/404", "/fout/500" })
        {
            var html = await (await anonymous.GetAsync(url)).Content.ReadAsStringAsync();
            var fields = FieldNames().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(f => f != "__RequestVerificationToken").Distinct().ToList();
            var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
            foreach (var value in _garbage)
            {
                var values = fields.ToDictionary(f => f, _ => value);
                values["__RequestVerificationToken"] = token;
                var response = await anonymous.PostAsync(url, new FormUrlEncodedContent(values));
                requests++;
                foreach (var phrase in FrameworkEnglish.In(FrameworkEnglish.TextOf(await response.Content.ReadAsStringAsync())).Concat(FrameworkEnglish.In(FrameworkEnglish.TextOf(html))))
                {
                    failures.Add($"signed out POST {url} with '{value}': \"{phrase}\"");
                }
            }
        }

        failures.Distinct().Should().BeEmpty();
        output.WriteLine($"Framework English sweep: {requests} requests");
        requests.Should().BeGreaterThan(300);
    }

    [GeneratedRegex("<(?:input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"")]
    private static partial Regex FieldNames();
}
