using System.Net;
using System.Text.RegularExpressions;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Exchange;

/// <summary>What a caseworker does on /deelnemers/{id}/delen, as HTTP requests.</summary>
internal static partial class ShareFlow
{
    /// <summary>The purpose's code, as the form posts it and the register and the trail keep it.</summary>
    public const string Purpose = "ServiceProviderReferral";

    /// <summary>Its Dutch label, as the page, the PDF and the audit page show it.</summary>
    public const string PurposeLabel = "Aanmelding bij een dienstverlener";

    public static string PathFor(Guid participantId) => $"/deelnemers/{participantId}/delen";

    public static Task<string> Step2HtmlAsync(HttpClient client, Guid participantId, Guid recipientId) =>
        WebFixture.GetHtmlAsync(client, $"{PathFor(participantId)}?ontvanger={recipientId}");

    /// <summary>Posts step 2 as the browser would, with any category letters, offered or not.</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, Guid participantId, Guid recipientId, string letters, string purpose = Purpose, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? $"{PathFor(participantId)}?ontvanger={recipientId}");
        var html = await page.Content.ReadAsStringAsync();
        var token = Token().Match(html);
        token.Success.Should().BeTrue($"the share page should carry an antiforgery token (status {(int)page.StatusCode})");
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)),
            new("Input.RecipientId", recipientId.ToString()),
            new("Input.Purpose", purpose),
        };
        form.AddRange(letters.Select(letter => new KeyValuePair<string, string>("Input.Categories", letter.ToString())));
        return await client.PostAsync(PathFor(participantId), new FormUrlEncodedContent(form));
    }

    /// <summary>Shares and expects the result page; returns the password and link shown once.</summary>
    public static async Task<Shared> ShareAsync(HttpClient client, Guid participantId, Guid recipientId, string letters, string purpose = Purpose)
    {
        var response = await PostAsync(client, participantId, recipientId, letters, purpose);
        // Razor encodes every non-ASCII character ("&#xE9;"): compare decoded text.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var password = PasswordElement().Match(html);
        var link = DownloadLink().Match(html);
        password.Success.Should().BeTrue("the result page shows the password in #export-password");
        link.Success.Should().BeTrue("the result page links the file in #export-download");
        return new Shared(password.Groups[1].Value.Trim(), link.Groups[1].Value, html);
    }

    public static async Task<(TestUser Sender, Participant Participant, Organisation Provider)> ArrangeAsync(
        WebFixture fixture, OrganisationType senderType, bool? banenafspraak = true)
    {
        var senderOrganisation = await fixture.CreateOrganisationAsync(senderType, 11, $"Afzender {senderType}");
        var provider = await fixture.CreateOrganisationAsync(OrganisationType.ExternalProvider, 11, "Re-integratie Noord B.V.");
        // Registered by the sender's organisation, so it is involved: in scope for every caseworker type.
        var participant = await fixture.InsertAsync(Sample.Full(11, senderOrganisation.Id, provider.Id));
        if (banenafspraak is { } inTargetGroup)
        {
            await fixture.InsertAsync(new BanenafspraakIndication
            {
                ParticipantId = participant.Id, RegionId = 11, InTargetGroup = inTargetGroup,
                RegisteredOn = new DateOnly(2021, 9, 1), RecordedByOrganisationId = senderOrganisation.Id,
            });
        }

        var sender = await fixture.CreateUserAsync(senderOrganisation);
        return (sender, participant, provider);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("id=\"export-password\"[^>]*>([^<]+)<")]
    private static partial Regex PasswordElement();

    [GeneratedRegex("id=\"export-download\"[^>]*href=\"([^\"]+)\"")]
    private static partial Regex DownloadLink();
}
