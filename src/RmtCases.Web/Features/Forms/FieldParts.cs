using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// What every kind of form field renders from (<see cref="FieldTagHelper"/>): its name and id, the label with its
/// "(optioneel)" mark, the hint, the messages and the value to show.
/// </summary>
internal sealed record FieldParts(string Name, string Id, string Label, string Mark, bool Required, string? Hint, IReadOnlyList<string> Errors, string? Value)
{
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Default;

    public bool Invalid => Errors.Count > 0;

    public static string Enc(string value) => _encoder.Encode(value);

    /// <summary>The hint and then the message, the same under every label or legend; their ids go into <paramref name="describedBy"/>.</summary>
    public void AppendHintAndError(StringBuilder html, List<string> describedBy)
    {
        if (Hint is not null)
        {
            describedBy.Add(Id + "-hint");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-description\" id=\"{Enc(Id)}-hint\">{Enc(Hint)}</div>");
        }

        if (Invalid)
        {
            describedBy.Add(Id + "-error");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-error-message\" id=\"{Enc(Id)}-error\">");
            html.Append(string.Join("<br>", Errors.Select(Enc)));
            html.Append("</div>");
        }
    }
}
