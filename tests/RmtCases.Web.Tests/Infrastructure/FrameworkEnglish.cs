using System.Net;
using System.Text.RegularExpressions;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>
/// The phrases ASP.NET Core, DataAnnotations and Identity use in their English defaults. Searched in what a
/// person reads (text, not markup: class names such as utrecht-form-field would match "field").
/// </summary>
public static partial class FrameworkEnglish
{
    /// <summary>The English framework phrases in a page's visible text, each with a little context.</summary>
    public static IReadOnlyList<string> In(string text) =>
        Phrases().Matches(text).Select(m => text.Substring(Math.Max(0, m.Index - 40), Math.Min(text.Length - Math.Max(0, m.Index - 40), m.Length + 80)).ReplaceLineEndings(" ")).ToList();

    /// <summary>The visible text of an HTML page: scripts, styles and tags removed, entities decoded.</summary>
    public static string TextOf(string html)
    {
        var text = Hidden().Replace(html, " ");
        text = Tags().Replace(text, " ");
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"\b(The value|is not valid|is invalid|is required|The field|field is|must be|must not|A value for|was not provided|Passwords must|Invalid token|An error occurred|The supplied value|Bad Request|Not Found|Internal Server Error|fields?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Phrases();

    [GeneratedRegex(@"<(script|style|template)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
